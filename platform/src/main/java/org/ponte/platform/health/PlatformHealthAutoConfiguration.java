package org.ponte.platform.health;

import com.mongodb.client.MongoClient;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Health checks that work on every store Ponte runs on; the bean name makes Boot's MongoDB indicator back off. */
@AutoConfiguration(after = MongoAutoConfiguration.class, before = MongoHealthContributorAutoConfiguration.class)
@ConditionalOnBean(MongoClient.class)
public class PlatformHealthAutoConfiguration {

    @Bean
    MongoPingHealthIndicator mongoHealthIndicator(MongoClient client) {
        return new MongoPingHealthIndicator(client);
    }
}
