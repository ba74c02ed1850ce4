package org.ponte.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.bson.Document;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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
 */
public final class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoOperations mongo;
    private final KafkaTemplate<String, byte[]> kafka;
    private final Supplier<List<String>> aggregateCollections;
    private List<String> collections = List.of();
    private final OutboxProperties properties;
    private final Semaphore wakeUp = new Semaphore(0);
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

    /** Asks the relay to look now, rather than at its next poll. */
    public void wakeUp() {
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
        List<Pending> round = new ArrayList<>();
        for (String collection : collections) {
            Query pending = new Query(Criteria.where("outbox.0").exists(true)).limit(properties.batchSize());
            pending.fields().include("outbox");
            for (Document aggregate : mongo.find(pending, Document.class, collection)) {
                aggregate.getList("outbox", Document.class)
                        .forEach(message -> round.add(new Pending(collection, aggregate.get("_id"), message)));
            }
        }
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
        Map<List<Object>, List<String>> sentByDocument = new LinkedHashMap<>();
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
            sentByDocument.computeIfAbsent(List.of(pending.collection(), pending.aggregateId()), document -> new ArrayList<>())
                    .add(pending.message().getString("eventId"));
            sent++;
        }
        // One write per document, however many of its messages went out.
        sentByDocument.forEach((document, eventIds) -> mongo.updateFirst(Query.query(Criteria.where("_id").is(document.get(1))),
                new Update().pull("outbox", new Document("eventId", new Document("$in", eventIds))), (String) document.get(0)));
        if (failure != null) {
            throw failure;
        }
        return sent;
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
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(message.getString("topic"), null,
                message.getString("key"), message.getString("body").getBytes(StandardCharsets.UTF_8));
        message.get("headers", Document.class).forEach((name, value) ->
                record.headers().add(new RecordHeader(name, String.valueOf(value).getBytes(StandardCharsets.UTF_8))));
        try {
            return kafka.send(record);
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
