package org.ponte.testsupport;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

import java.util.List;
import java.util.Map;

/**
 * Points a Spring test context of a class annotated {@link RealInfrastructure} at the shared broker and
 * store, and its resource server at the {@link TestTokens} issuer, ahead of every other property source. Registered in {@code META-INF/spring.factories}, so a
 * service's test needs the annotation and nothing else.
 */
public final class RealInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        RealInfrastructure annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass, RealInfrastructure.class);
        return annotation == null ? null : new Customizer(annotation.value());
    }

    /** A record, so that contexts on the same infrastructure are cached and shared between test classes. */
    private record Customizer(RealInfrastructure.Kind kind) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context,
                                     MergedContextConfiguration mergedConfig) {
            TestInfrastructure infrastructure = kind.infrastructure();
            Map<String, Object> properties = Map.of(
                    "spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers(),
                    "spring.cloud.stream.kafka.binder.brokers", infrastructure.kafkaBootstrapServers(),
                    "spring.mongodb.uri", infrastructure.mongoUri(),
                    "spring.security.oauth2.resourceserver.jwt.issuer-uri", TestTokens.issuer(),
                    "ponte.privacy.key-dir", TestInfrastructure.keyDirectory().toString());
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("ponte-real-infrastructure", properties));
        }
    }
}
