package org.ponte.testsupport;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The real KRaft broker and mongo-java-server in this JVM: what every service test runs on here. */
@RealInfrastructure
class EmbeddedInfrastructureTest extends InfrastructureContract {

    @Test
    void oneBrokerAndOneStoreServeTheWholeJvm(TestInfrastructure infrastructure) {
        assertThat(infrastructure).isSameAs(TestInfrastructure.embedded());
        assertThat(infrastructure.kafkaBootstrapServers()).isEqualTo(TestInfrastructure.embedded().kafkaBootstrapServers())
                .startsWith("localhost:").doesNotEndWith(":9092");
        assertThat(infrastructure.mongoUri()).startsWith("mongodb://127.0.0.1:").doesNotEndWith(":27017");
    }
}
