package org.ponte.platform.idempotency;

import org.bson.types.Binary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.bson.Document;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The keys callers sent with their POSTs, one document per caller and key, in the service's own database: first
 * claimed while the request runs, then holding the answer to replay. Kept for the retention period (a TTL index
 * where the store expires documents, and a key older than that is treated as new where it does not).
 */
final class IdempotencyKeys {

    static final String COLLECTION = "idempotency_keys";

    /** What a key holds: the request it was first used for, and once answered, that answer. */
    record Entry(String fingerprint, Instant claimedAt, Answer answer) {
    }

    record Answer(int status, String contentType, String location, String etag, byte[] body) {
    }

    private final MongoOperations mongo;
    private final IdempotencyProperties properties;
    private final Clock clock;

    IdempotencyKeys(MongoOperations mongo, IdempotencyProperties properties, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("claimedAt", Sort.Direction.ASC).expire(properties.retention()));
    }

    /** Claims the key for this request; answers null when it is the caller's to use, or the entry of its earlier use. */
    Entry claim(String caller, String key, String fingerprint) {
        String id = caller + "\n" + key;
        Instant now = clock.instant();
        try {
            mongo.insert(new Document("_id", id).append("fingerprint", fingerprint).append("claimedAt", now), COLLECTION);
            return null;
        } catch (DuplicateKeyException used) {
            Document found = mongo.findById(id, Document.class, COLLECTION);
            if (found == null) {
                return claim(caller, key, fingerprint);
            }
            Entry entry = entry(found);
            boolean expired = entry.claimedAt().isBefore(now.minus(properties.retention()));
            boolean abandoned = entry.answer() == null && entry.claimedAt().isBefore(now.minus(properties.lease()));
            if ((expired || abandoned) && takeOver(id, entry, fingerprint, now)) {
                return null;
            }
            return entry;
        }
    }

    void answered(String caller, String key, Answer answer) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(caller + "\n" + key)), new Update()
                .set("status", answer.status()).set("contentType", answer.contentType()).set("location", answer.location())
                .set("etag", answer.etag()).set("body", new Binary(answer.body())), COLLECTION);
    }

    /** A request that was refused or failed leaves nothing to replay: the key may be used again. */
    void release(String caller, String key) {
        mongo.remove(Query.query(Criteria.where("_id").is(caller + "\n" + key).and("status").exists(false)), COLLECTION);
    }

    /** Only one of several repeats arriving together takes an expired or abandoned key over. */
    private boolean takeOver(String id, Entry entry, String fingerprint, Instant now) {
        Query unchanged = Query.query(Criteria.where("_id").is(id).and("claimedAt").is(entry.claimedAt()));
        Update fresh = new Update().set("fingerprint", fingerprint).set("claimedAt", now)
                .unset("status").unset("contentType").unset("location").unset("etag").unset("body");
        return mongo.updateFirst(unchanged, fresh, COLLECTION).getModifiedCount() == 1;
    }

    private static Entry entry(Document found) {
        Instant claimedAt = found.getDate("claimedAt").toInstant();
        Answer answer = Optional.ofNullable(found.getInteger("status"))
                .map(status -> new Answer(status, found.getString("contentType"), found.getString("location"), found.getString("etag"),
                        found.get("body", Binary.class).getData()))
                .orElse(null);
        return new Entry(found.getString("fingerprint"), claimedAt, answer);
    }
}
