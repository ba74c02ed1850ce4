package org.ponte.platform.sequence;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;

@AutoConfiguration(after = DataMongoAutoConfiguration.class)
@ConditionalOnBean(MongoOperations.class)
public class SequenceAutoConfiguration {

    @Bean
    Sequences sequences(MongoOperations mongo) {
        return new Sequences(mongo);
    }
}
