package org.ponte.platform.health;

import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * MongoDB health by {@code ping}, which every MongoDB-wire store answers: Boot's own indicator sends
 * {@code hello}, which mongo-java-server (the local stack's store) does not know, and would report the
 * service down although its database works.
 */
class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private final MongoClient client;

    MongoPingHealthIndicator(MongoClient client) {
        super("MongoDB ping failed");
        this.client = client;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        client.getDatabase("admin").runCommand(new Document("ping", 1));
        health.up();
    }
}
