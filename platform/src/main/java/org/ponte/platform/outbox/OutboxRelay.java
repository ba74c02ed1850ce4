package org.ponte.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.bson.Document;
import org.ponte.events.EncodedEvent;
import org.ponte.events.KafkaEventRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Sends what waits in the outboxes of every aggregate collection to Kafka, in order per aggregate, a round at
 * a time (idempotent producer, {@code acks=all}), and removes a message from its document only after the broker
 * acknowledged it and every message before it in the round. While the broker is away nothing is lost: the messages wait in
 * their documents and go out when it is back. Delivery is at least once (a crash between the acknowledgement
 * and the removal sends a message again); consumers drop repeats by event id.
 * <p>
 * One thread, woken after every save and otherwise polling, so an event usually leaves within milliseconds.
 * A save tells the relay which document it wrote, and a round reads those documents by id; only now and then
 * (at start, after a failure, every {@code sweepInterval}) does it sweep whole collections for what waits, since
 * nothing indexes a non-empty outbox and a sweep reads every document: under load, sweeping every round
 * made the relay's own reads grow with the collections and fall behind.
 */
public final class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int MAX_REMEMBERED_SAVES = 10_000;

    private final MongoOperations mongo;
    private final KafkaTemplate<String, byte[]> kafka;
    private final Supplier<List<String>> aggregateCollections;
    private List<String> collections = List.of();
    private final OutboxProperties properties;
    private final Semaphore wakeUp = new Semaphore(0);
    /** The documents saved with new events since the relay last read them, by collection. */
    private final Map<String, Set<Object>> saved = new ConcurrentHashMap<>();
    private volatile boolean sweepDue = true;
    private long lastSweep = System.nanoTime();
    private final MeterRegistry meters;
    private final SentEvents sentEvents;
    private final Timer latency;
    private volatile Thread worker;
    private volatile boolean running;

    /**
     * @param aggregateCollections the collections of {@link AggregateRoot} documents, asked for at start,
     *                             once Spring Data knows every entity
     */
    public OutboxRelay(MongoOperations mongo, KafkaTemplate<String, byte[]> kafka, Supplier<List<String>> aggregateCollections,
                       OutboxProperties properties, MeterRegistry meters, SentEvents sent) {
        this.sentEvents = sent;
        this.mongo = mongo;
        this.kafka = kafka;
        this.aggregateCollections = aggregateCollections;
        this.properties = properties;
        this.meters = meters;
        this.latency = Timer.builder("ponte.outbox.relay.latency")
                .description("From the state change to the broker's acknowledgement of its event")
                .publishPercentileHistogram().register(meters);
        // Counted when scraped rather than by the relay thread, which may be busy waiting for a broker that is away.
        Gauge.builder("ponte.outbox.backlog", this, OutboxRelay::aggregatesWaiting)
                .description("Aggregates whose events wait in their outbox for the broker").register(meters);
    }

    /** Tells the relay that a document was saved with events in its outbox, and asks it to look now. */
    public void saved(String collection, Object id) {
        Set<Object> ids = saved.computeIfAbsent(collection, name -> ConcurrentHashMap.newKeySet());
        if (ids.size() >= MAX_REMEMBERED_SAVES) {
            // The relay is away or far behind: forget the ids (bounded memory) and let a sweep find the documents.
            ids.clear();
            sweepDue = true;
        } else {
            ids.add(id);
        }
        if (wakeUp.availablePermits() == 0) {
            wakeUp.release();
        }
    }

    /**
     * Sends everything that waits now; returns how many messages went out. Public for tests and tools.
     * <p>
     * One aggregate's events may wait in more than one collection (a case's own events in {@code cases}, its
     * attendances' in {@code attendances}, all under the case id), so a round gathers the pending messages of
     * every collection and sends them oldest first: after an outage a case's events still leave in the order
     * they happened. Within one document the outbox order stands (the sort is stable).
     */
    public synchronized int relayPending() {
        if (collections.isEmpty()) {
            collections = List.copyOf(aggregateCollections.get());
        }
        try {
            return relayRound();
        } catch (RuntimeException failed) {
            // The broker or the store went away mid-round: the documents this round took by id may still hold messages,
            // and no one will announce them again; a sweep finds them.
            sweepDue = true;
            throw failed;
        }
    }

    private int relayRound() {
        boolean sweep = sweepDue || System.nanoTime() - lastSweep > properties.sweepInterval().toNanos();
        Map<String, Map<Object, Document>> waiting = new LinkedHashMap<>();
        collections.forEach(collection -> waiting.put(collection, new LinkedHashMap<>()));
        boolean moreThanARound = false;
        if (sweep) {
            sweepDue = false;
            lastSweep = System.nanoTime();
            for (String collection : collections) {
                Query pending = new Query(Criteria.where("outbox.0").exists(true)).limit(properties.batchSize());
                pending.fields().include("outbox");
                mongo.find(pending, Document.class, collection).forEach(aggregate -> waiting.get(collection).put(aggregate.get("_id"), aggregate));
                moreThanARound |= waiting.get(collection).size() == properties.batchSize();
            }
        }
        if (moreThanARound) {
            // A backlog (after an outage): sweep again next round, and leave the saved documents for later, so that no
            // newer event of an aggregate overtakes an older one still waiting beyond this round.
            sweepDue = true;
        } else {
            for (String collection : collections) {
                List<Object> ids = takeSaved(collection);
                if (!ids.isEmpty()) {
                    // By id alone, so that the store answers from its _id index.
                    Query byId = new Query(Criteria.where("_id").in(ids));
                    byId.fields().include("outbox");
                    mongo.find(byId, Document.class, collection).forEach(aggregate -> waiting.get(collection).putIfAbsent(aggregate.get("_id"), aggregate));
                }
            }
        }
        List<Pending> round = new ArrayList<>();
        waiting.forEach((collection, aggregates) -> aggregates.forEach((id, aggregate) ->
                aggregate.getList("outbox", Document.class, List.of()).forEach(message -> round.add(new Pending(collection, id, message)))));
        round.sort(Comparator.comparing(Pending::occurredAt));
        // All of the round goes to the producer at once (it batches them; per partition, the idempotent producer keeps
        // their order), then the acknowledgements are read in the round's order. Only the messages up to the first
        // one not acknowledged leave their outboxes, so a failure never lets a later event of an aggregate stand as
        // sent before an earlier one: what follows it is sent again, and consumers drop the repeats.
        List<CompletableFuture<?>> acknowledgements = new ArrayList<>(round.size());
        for (Pending pending : round) {
            acknowledgements.add(send(pending.message()));
        }
        RuntimeException failure = null;
        Map<String, Map<Object, List<String>>> sentByCollection = new LinkedHashMap<>();
        int sent = 0;
        for (Pending pending : round) {
            try {
                acknowledgements.get(sent).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = new IllegalStateException("interrupted while sending", e);
                break;
            } catch (Exception e) {
                failure = new IllegalStateException("Kafka did not acknowledge " + pending.message().getString("type"), e);
                break;
            }
            acknowledged(pending.message());
            sentByCollection.computeIfAbsent(pending.collection(), collection -> new LinkedHashMap<>())
                    .computeIfAbsent(pending.aggregateId(), id -> new ArrayList<>()).add(pending.message().getString("eventId"));
            sent++;
        }
        // One write per collection: every sent message pulled from its document (event ids are unique, so pulling the
        // round's ids from each of its documents takes out exactly that document's own).
        sentByCollection.forEach((collection, sentByDocument) -> mongo.updateMulti(
                Query.query(Criteria.where("_id").in(sentByDocument.keySet())),
                new Update().pull("outbox", new Document("eventId", new Document("$in",
                        sentByDocument.values().stream().flatMap(List::stream).toList()))), collection));
        if (failure != null) {
            throw failure;
        }
        return sent;
    }

    /** Up to a round's worth of the ids saved in a collection, taken out of the set. */
    private List<Object> takeSaved(String collection) {
        List<Object> taken = new ArrayList<>();
        Iterator<Object> ids = saved.getOrDefault(collection, Set.of()).iterator();
        while (ids.hasNext() && taken.size() < properties.batchSize()) {
            taken.add(ids.next());
            ids.remove();
        }
        return taken;
    }

    private double aggregatesWaiting() {
        return collections.stream().mapToLong(collection -> mongo.count(new Query(Criteria.where("outbox.0").exists(true)), collection)).sum();
    }

    /** A message waiting in the outbox of one aggregate document. */
    private record Pending(String collection, Object aggregateId, Document message) {

        Instant occurredAt() {
            Date at = message.getDate("occurredAt");
            return at == null ? Instant.EPOCH : at.toInstant();
        }
    }

    private CompletableFuture<?> send(Document message) {
        Map<String, String> headers = new LinkedHashMap<>();
        message.get("headers", Document.class).forEach((name, value) -> headers.put(name, String.valueOf(value)));
        EncodedEvent event = new EncodedEvent(message.getString("topic"), message.getString("key"), headers,
                message.getString("body").getBytes(StandardCharsets.UTF_8));
        try {
            return kafka.send(KafkaEventRecords.toProducerRecord(event));
        } catch (RuntimeException refused) {
            return CompletableFuture.failedFuture(refused);
        }
    }

    private void acknowledged(Document message) {
        sentEvents.sent(message.getString("eventId"));
        Date occurredAt = message.getDate("occurredAt");
        Duration sinceTheChange = occurredAt == null ? Duration.ZERO : Duration.between(occurredAt.toInstant(), Instant.now());
        if (!sinceTheChange.isNegative()) {
            latency.record(sinceTheChange);
        }
        Counter.builder("ponte.events.published").tag("type", message.getString("type")).register(meters).increment();
    }

    private void loop() {
        Duration pause = properties.pollInterval();
        while (running) {
            try {
                int sent = relayPending();
                pause = properties.pollInterval();
                if (sent == 0) {
                    wakeUp.tryAcquire(pause.toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The broker or the store is away: everything stays in the outboxes; try again, less often, with a
                // fresh producer, since the old one may hold a broken connection or a producer id the broker lost.
                log.warn("outbox relay paused: {}", e.getMessage());
                kafka.getProducerFactory().reset();
                pause = pause.multipliedBy(2).compareTo(properties.maxRetryInterval()) > 0
                        ? properties.maxRetryInterval() : pause.multipliedBy(2);
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public void start() {
        if (!properties.enabled() || running) {
            return;
        }
        collections = List.copyOf(aggregateCollections.get());
        // What waits from before (a crash, a stop) was announced to no one: look everywhere first.
        sweepDue = true;
        running = true;
        worker = new Thread(this::loop, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread current = worker;
        if (current != null) {
            current.interrupt();
            try {
                current.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
