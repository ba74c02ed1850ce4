package org.ponte.platform.idempotency;

import org.ponte.platform.web.PlatformWebAutoConfiguration;
import org.ponte.platform.web.ProblemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;

import java.time.Clock;

/** Safe retries of every creating POST of every service's API ({@link IdempotentPosts}). */
@AutoConfiguration(after = {DataMongoAutoConfiguration.class, PlatformWebAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean({MongoOperations.class, ProblemWriter.class})
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencyAutoConfiguration {

    /** After Spring Security's chain (order -100): a key belongs to the authenticated caller, and a refused caller has none. */
    @Bean
    FilterRegistrationBean<IdempotentPosts> idempotentPosts(MongoOperations mongo, ProblemWriter problems,
                                                            IdempotencyProperties properties, ObjectProvider<Clock> clock) {
        FilterRegistrationBean<IdempotentPosts> registration = new FilterRegistrationBean<>(
                new IdempotentPosts(new IdempotencyKeys(mongo, properties, clock.getIfAvailable(Clock::systemUTC)), problems));
        registration.setOrder(0);
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
