package org.ponte.platform.privacy;

import com.mongodb.client.MongoClient;
import org.ponte.platform.audit.AuditAutoConfiguration;
import org.ponte.platform.audit.AuditLog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Personal data sealed per person, in every service with a MongoDB database: the keys from
 * {@code ponte.privacy.key-dir} (made there at first use), the data keys in the key vault database
 * {@code ponte.privacy.key-vault-database} (by default the service's database name with {@code -keyvault}), which an
 * operator backs up apart from the data and keeps for a short time only, so that an erased person's key does not
 * outlive them in an old backup either.
 */
@AutoConfiguration(after = {DataMongoAutoConfiguration.class, AuditAutoConfiguration.class})
@ConditionalOnBean(MongoOperations.class)
public class PrivacyAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MasterKeys masterKeys(@Value("${ponte.privacy.key-dir:ponte-keys}") String directory) {
        return new MasterKeys(Path.of(directory));
    }

    @Bean
    @ConditionalOnMissingBean
    PersonKeys personKeys(MongoOperations mongo, MongoDatabaseFactory data, ObjectProvider<MongoClient> client, MasterKeys masterKeys, ObjectProvider<Clock> clock,
                          @Value("${ponte.privacy.key-vault-database:}") String vaultDatabase,
                          @Value("${ponte.privacy.in-clear-for-benchmark:false}") boolean inClear) {
        if (inClear) {
            InClear.warn();
            return InClear.personKeys();
        }
        String database = vaultDatabase.isBlank() ? data.getMongoDatabase().getName() + "-keyvault" : vaultDatabase;
        MongoClient mongoClient = client.getIfAvailable();
        MongoOperations vault = mongoClient == null ? mongo : new MongoTemplate(mongoClient, database);
        return new PersonKeys(vault, masterKeys, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    @ConditionalOnMissingBean
    BlindIndex blindIndex(MasterKeys masterKeys, @Value("${ponte.privacy.in-clear-for-benchmark:false}") boolean inClear) {
        return inClear ? InClear.blindIndex() : new BlindIndex(masterKeys);
    }

    @Bean
    SealedFields sealedFields(ObjectProvider<PersonKeys> keys) {
        return new SealedFields(keys);
    }

    @Bean
    ProcessingController processingController(@Value("${spring.application.name:ponte-service}") String service,
                                              ObjectProvider<SubjectAccess> features, AuditLog auditLog) {
        return new ProcessingController(service, features.orderedStream().toList(), auditLog);
    }

    @Bean
    KeyRotationController keyRotationController(MasterKeys masterKeys, PersonKeys personKeys, AuditLog auditLog) {
        return new KeyRotationController(masterKeys, personKeys, auditLog);
    }
}
