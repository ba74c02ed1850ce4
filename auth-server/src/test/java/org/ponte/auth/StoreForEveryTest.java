package org.ponte.auth;

import org.ponte.testsupport.TestInfrastructure;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

import java.util.List;
import java.util.Map;

/** Points every Spring test context of the authorization server at the test JVM's MongoDB-wire store (its database). */
public final class StoreForEveryTest implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return new Customizer();
    }

    /** A record, so that the contexts stay cached between test classes. */
    private record Customizer() implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("ponte-test-store",
                    Map.of("spring.mongodb.uri", TestInfrastructure.embedded().mongoUri())));
        }
    }
}
