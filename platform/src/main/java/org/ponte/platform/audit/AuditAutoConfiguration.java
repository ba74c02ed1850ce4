package org.ponte.platform.audit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;

import java.time.Clock;

/** The audit log and its ADMIN query endpoint, in every service that has a MongoDB database. */
@AutoConfiguration(after = DataMongoAutoConfiguration.class)
@ConditionalOnBean(MongoOperations.class)
public class AuditAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    AuditLog auditLog(MongoOperations mongo, ObjectProvider<Clock> clock,
                      @Value("${spring.application.name:ponte-service}") String serviceName) {
        return new AuditLog(mongo, clock.getIfAvailable(Clock::systemUTC), serviceName);
    }

    @Bean
    AuditController auditController(AuditLog auditLog) {
        return new AuditController(auditLog);
    }
}
