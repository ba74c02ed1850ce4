package org.ponte.benchmarks;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.ponte.events.Topics;
import org.ponte.localstack.Api;
import org.ponte.localstack.Platform;
import org.ponte.localstack.StackConfig;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The fault tests: parts of the platform die, restart, are doubled or flooded with garbage while technicians
 * record attendances at a constant rate and partners answer referrals, and afterwards every check compares what
 * the clients were told with what the platform shows. Each returns a {@link Verdict}.
 */
final class Faults {

    /**
     * How hard and how long. {@code warmUp}: attendances and referrals on cases of its own before the run, not
     * measured (a just-started platform compiles its hot code under it); {@code lead}: load before the fault;
     * {@code tail}: load after it; {@code freshness}: the p99 healthy events must keep through a poison burst (the
     * smoke run's, 10 s, is only a stall detector: a timing target is not for a few seconds on a loaded build machine, where
     * the healthy events' p99 lands between 2.5 and 5 s);
     * {@code killed}: the services the kill test kills in turn (the smoke run: the one that stores and relays, and
     * the one that reads in batches; the full run every service).
     */
    record Settings(int cases, int rate, Duration warmUp, Duration lead, Duration tail, Duration down, int poisonPerTopic, Duration webhookDown,
                    boolean webhookOutage, Duration freshness, List<String> killed) {

        static Settings full(int rate) {
            return new Settings(50, rate, Duration.ofSeconds(20), Duration.ofSeconds(20), Duration.ofSeconds(20), Duration.ofSeconds(5), 1000,
                    Duration.ofMinutes(5), true, Duration.ofSeconds(1), SERVICES);
        }

        static Settings smoke() {
            return new Settings(4, 10, Duration.ZERO, Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ofSeconds(1), 50,
                    Duration.ofSeconds(15), true, Duration.ofSeconds(10), List.of("case-service", "reporting-service"));
        }

        Settings withWarmUp(Duration warmUp) {
            return new Settings(cases, rate, warmUp, lead, tail, down, poisonPerTopic, webhookDown, webhookOutage, freshness, killed);
        }

        /** The control of webhook-down: the same run with both endpoints up, to tell the outage's cost from the load's. */
        Settings withoutWebhookOutage() {
            return new Settings(cases, rate, warmUp, lead, tail, down, poisonPerTopic, webhookDown, false, freshness, killed);
        }
    }

    /** One thing a user or a service would observe, what it should be, and what it was. */
    record Check(String what, String expected, String observed, boolean passed) {
    }

    record Verdict(String fault, Machine machine, Settings settings, long attendancesSent, long answered201, Map<String, Long> failures,
                   List<String> happened, List<Check> checks) {

        boolean passed() {
            return checks.stream().allMatch(Check::passed);
        }
    }

    static final List<String> SERVICES = List.of("case-service", "referral-service", "notification-service", "reporting-service");
    private static final Duration CONVERGENCE = Duration.ofMinutes(3);
    private static final int WARM_UP_CLIENTS = 8;

    private final Platform platform;
    private final StackConfig stack;
    private final PartnerWebhooks webhooks;
    private final Consumer<String> progress;
    private final List<String> happened = new CopyOnWriteArrayList<>();
    private long startedAt;

    Faults(Platform platform, PartnerWebhooks webhooks, Consumer<String> progress) {
        this.platform = platform;
        this.stack = platform.config();
        this.webhooks = webhooks;
        this.progress = progress;
    }

    /** kill -9 each service in turn and the Kafka broker once, each restarted after {@code down}. */
    Verdict kill(Settings settings) {
        return underLoad("kill", settings, () -> {
            for (String service : settings.killed()) {
                platform.kill(service);
                note("kill -9 " + service);
                Workload.pause(settings.down().toMillis());
                Duration took = platform.restart(service);
                note(service + " restarted, ready after " + took.toMillis() + " ms");
                Workload.pause(settings.lead().toMillis());
            }
            platform.killBroker();
            note("kill -9 the Kafka broker");
            Workload.pause(settings.down().toMillis());
            platform.restartBroker();
            note("Kafka broker restarted");
        }, (workload, observed, checks) -> {
            checks.addAll(exactCounts(workload, observed));
            checks.add(timeline(workload));
        });
    }

    /**
     * A second instance of reporting-service and of notification-service in the same consumer groups; one of
     * them stopped mid-run and started again (two rebalances each).
     */
    Verdict rebalance(Settings settings) {
        String reporting = platform.startAnother("reporting-service");
        String notification = platform.startAnother("notification-service");
        try {
            return underLoad("rebalance", settings, () -> {
                note("running: " + reporting + " and " + notification + " beside the first instances");
                platform.stop(reporting);
                platform.stop(notification);
                note("stopped " + reporting + " and " + notification);
                Workload.pause(settings.lead().toMillis());
                platform.restart(reporting);
                platform.restart(notification);
                note("started " + reporting + " and " + notification + " again");
            }, (workload, observed, checks) -> {
                checks.addAll(exactCounts(workload, observed));
                checks.add(everyReferralAnnounced(observed, Set.copyOf(Workload.PARTNERS.keySet())));
                checks.add(noWebhookTwice());
            });
        } finally {
            platform.stop(reporting);
            platform.stop(notification);
        }
    }

    /** {@code poisonPerTopic} malformed records on every event topic, in one burst, mid-run. */
    Verdict poison(Settings settings) {
        Map<String, Set<Long>> poisoned = new HashMap<>();
        Freshness.Probe[] fresh = new Freshness.Probe[1];
        try (PoisonBurst burst = new PoisonBurst()) {
            return underLoad("poison", settings, () -> {
                burst.prepare();
                fresh[0] = Freshness.start(platform, new Api(stack.issuer()));
            }, () -> {
                poisoned.putAll(burst.send(settings.poisonPerTopic()));
                note(settings.poisonPerTopic() + " malformed records sent to each of " + Topics.ALL);
            }, (workload, observed, checks) -> {
                checks.addAll(exactCounts(workload, observed));
                checks.addAll(deadLettered(poisoned));
                checks.add(noLag());
                checks.add(freshnessKept(observed, settings.freshness(), fresh[0]));
            });
        }
    }

    /**
     * One partner's webhook endpoint answers 503 for {@code webhookDown}; the other partner's keeps working. Without
     * {@code webhookOutage} (the control), both stay up for the same time and only the latency is compared.
     */
    Verdict webhookDown(Settings settings) {
        String downPartner = "partner-1";
        String upPartner = "partner-2";
        long[] window = new long[2];
        AtomicBoolean circuitOpened = new AtomicBoolean();
        return underLoad(settings.webhookOutage() ? "webhook-down" : "webhook-down-control", settings, () -> {
            if (settings.webhookOutage()) {
                webhooks.down(downPartner);
            }
            window[0] = System.currentTimeMillis();
            note(settings.webhookOutage() ? downPartner + "'s endpoint answers 503 for " + settings.webhookDown().toSeconds() + " s"
                    : "control: both endpoints stay up for the " + settings.webhookDown().toSeconds() + " s an outage would last");
            long until = System.nanoTime() + settings.webhookDown().toNanos();
            while (System.nanoTime() < until) {
                circuitOpened.compareAndSet(false, anyWebhookCircuitOpen());
                Workload.pause(1000);
            }
            window[1] = System.currentTimeMillis();
            if (settings.webhookOutage()) {
                webhooks.up(downPartner);
                note(downPartner + "'s endpoint is back (" + webhooks.refused() + " calls refused meanwhile)");
            } else {
                note("control window over");
            }
        }, (workload, observed, checks) -> {
            if (settings.webhookOutage()) {
                checks.add(new Check("the down endpoint's circuit opened", "open while the endpoint was down",
                        circuitOpened.get() ? "open" : "never seen open", circuitOpened.get()));
            }
            checks.add(otherPartnersLatency(observed, upPartner, window));
            checks.add(everyReferralAnnounced(observed, Set.of(downPartner, upPartner)));
            checks.add(noWebhookTwice());
        });
    }

    private interface Checks {
        void add(Workload workload, Workload.Observed observed, List<Check> checks);
    }

    private Verdict underLoad(String fault, Settings settings, Runnable injectFault, Checks checks) {
        return underLoad(fault, settings, () -> { }, injectFault, checks);
    }

    /** {@code beforeLoad}: what the fault needs ready before the load starts, so that its cost does not land on the load. */
    private Verdict underLoad(String fault, Settings settings, Runnable beforeLoad, Runnable injectFault, Checks checks) {
        happened.clear();
        warmUp(settings);
        startedAt = System.currentTimeMillis();
        Workload workload = new Workload(platform, webhooks, progress).prepare(settings.cases());
        beforeLoad.run();
        long reportedBefore = workload.reportedAttendances();
        progress.accept(fault + ": " + settings.rate() + " attendances/s with referrals beside them");
        Workload.Observed observed = workload.run(settings.rate(), () -> {
            Workload.pause(settings.lead().toMillis());
            injectFault.run();
            Workload.pause(settings.tail().toMillis());
        }, reportedBefore);
        note("load over: " + observed.attendances().sent() + " attendances sent, " + observed.attendances().answered() + " answered 201");
        List<Check> found = new ArrayList<>();
        checks.add(workload, observed, found);
        found.forEach(check -> progress.accept((check.passed() ? "PASS " : "FAIL ") + check.what() + ": " + check.observed()));
        return new Verdict(fault, Machine.thisOne(), settings, observed.attendances().sent(), observed.attendances().answered(),
                observed.attendances().failures(), List.copyOf(happened), found);
    }

    /** Load on cases of its own, until reporting-service has applied all of it; nothing of it is measured. */
    private void warmUp(Settings settings) {
        if (settings.warmUp().isZero()) {
            return;
        }
        Workload warm = new Workload(platform, webhooks, progress).prepare(WARM_UP_CLIENTS);
        long reportedBefore = warm.reportedAttendances();
        progress.accept("warming up: " + WARM_UP_CLIENTS + " technicians, each waiting for its answer, for " + settings.warmUp().toSeconds()
                + " s (not measured)");
        progress.accept("warm-up: " + warm.warmUp(settings.warmUp(), WARM_UP_CLIENTS) + " attendances answered 201");
        if (!Workload.within(CONVERGENCE, () -> warm.reportedAttendances() - reportedBefore == warm.storedAttendances().size())) {
            throw new IllegalStateException("the warm-up's attendances did not all reach the reports within " + CONVERGENCE.toMinutes() + " min");
        }
    }

    /** 0 lost, 0 counted twice: every 201 is stored, and the reports count exactly what is stored. */
    private List<Check> exactCounts(Workload workload, Workload.Observed observed) {
        Set<String> answered = observed.answeredIds();
        Set<String> stored = new HashSet<>();
        long[] reported = new long[1];
        boolean converged = Workload.within(CONVERGENCE, () -> {
            stored.clear();
            stored.addAll(workload.storedAttendances());
            reported[0] = workload.reportedAttendances() - observed.reportedBefore();
            return reported[0] == stored.size() && stored.containsAll(answered);
        });
        Set<String> lost = new HashSet<>(answered);
        lost.removeAll(stored);
        long withoutAnswer = stored.size() - (answered.size() - lost.size());
        return List.of(
                new Check("every attendance answered 201 is stored", answered.size() + " stored of " + answered.size(),
                        (answered.size() - lost.size()) + " stored, " + lost.size() + " lost; " + withoutAnswer
                                + " more stored whose client got no answer (it gave up waiting, or the service died mid-request)", lost.isEmpty()),
                new Check("the reports count every stored attendance once", stored.size() + " (case-service's own count)",
                        reported[0] + " in Lisboa's monthly report" + (converged ? "" : " after " + CONVERGENCE.toMinutes() + " min"),
                        converged));
    }

    private Check timeline(Workload workload) {
        Map<String, String> differences = new HashMap<>();
        boolean same = Workload.within(CONVERGENCE, () -> {
            differences.clear();
            differences.putAll(workload.timelineDifferences());
            return differences.isEmpty();
        });
        return new Check("every referral event reached the case timeline", "each referral's status on its case as at referral-service",
                same ? "all equal" : differences.size() + " differ, e.g. " + differences.entrySet().iterator().next(), same);
    }

    private Check everyReferralAnnounced(Workload.Observed observed, Set<String> partners) {
        List<String> expected = observed.referrals().entrySet().stream().filter(r -> partners.contains(r.getValue().partnerId()))
                .map(Map.Entry::getKey).toList();
        boolean all = Workload.within(CONVERGENCE, () -> expected.stream().allMatch(id -> webhooks.announcedAt(id) != null));
        long missing = expected.stream().filter(id -> webhooks.announcedAt(id) == null).count();
        return new Check("every referral reached its partner's webhook endpoint", expected.size() + " announced",
                (expected.size() - missing) + " announced, " + missing + " not", all);
    }

    private Check noWebhookTwice() {
        long twice = webhooks.takenTwice();
        return new Check("no notification sent twice", "each webhook-id taken once",
                webhooks.distinctTaken() + " webhook-ids taken, " + twice + " of them more than once", twice == 0);
    }

    /** The partner whose endpoint stayed up: its announcements during the outage as fast as before it. */
    private Check otherPartnersLatency(Workload.Observed observed, String partner, long[] window) {
        List<Long> before = new ArrayList<>();
        List<Long> during = new ArrayList<>();
        observed.referrals().forEach((id, referral) -> {
            Long at = webhooks.announcedAt(id);
            if (referral.partnerId().equals(partner) && at != null) {
                (referral.requestedAt() < window[0] ? before : referral.requestedAt() < window[1] ? during : new ArrayList<Long>())
                        .add(at - referral.requestedAt());
            }
        });
        long p99Before = percentile99(before);
        long p99During = percentile99(during);
        long allowed = Math.max(1000, 2 * p99Before);
        return new Check(partner + "'s webhooks keep their latency while another endpoint is down",
                "p99 during the outage ≤ max(1 s, 2 × p99 before)", "p99 " + p99Before + " ms before (" + before.size() + "), "
                + p99During + " ms during (" + during.size() + ")", !during.isEmpty() && p99During <= allowed);
    }

    private static long percentile99(List<Long> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1));
    }

    private boolean anyWebhookCircuitOpen() {
        HttpRequest scrape = HttpRequest.newBuilder(URI.create(platform.managementUrl("notification-service") + "/actuator/prometheus"))
                .header("Authorization", "Bearer " + new Api(stack.issuer()).token("demo-admin")).GET().build();
        try {
            return HttpClient.newHttpClient().send(scrape, HttpResponse.BodyHandlers.ofString()).body().lines()
                    .anyMatch(line -> line.startsWith("resilience4j_circuitbreaker_state") && line.contains("name=\"webhook-")
                            && line.contains("state=\"open\"") && line.endsWith(" 1.0"));
        } catch (Exception notAnswering) {
            return false;
        }
    }

    /**
     * Malformed records (CloudEvents headers of a real event, a body that is not JSON) spread over every partition;
     * on a topic with no event yet (a smoke run has no warm-up) without headers, which is just as malformed.
     * Made ready before the load: finding the headers reads the topics from their start and a new producer loads and
     * connects, which cost this process about 0.8 CPU-seconds at the moment of the burst, on the cores the platform
     * was being measured on.
     */
    private final class PoisonBurst implements AutoCloseable {

        private Map<String, RecordHeaders> headers = Map.of();
        private KafkaProducer<String, byte[]> producer;

        void prepare() {
            headers = headersOfARealEvent();
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers()),
                    new StringSerializer(), new ByteArraySerializer());
            Topics.ALL.forEach(producer::partitionsFor);
        }

        Map<String, Set<Long>> send(int perTopic) {
            Map<String, Set<Long>> sent = new HashMap<>();
            try {
                List<Future<RecordMetadata>> acks = new ArrayList<>();
                for (String topic : Topics.ALL) {
                    for (int i = 0; i < perTopic; i++) {
                        acks.add(producer.send(new ProducerRecord<>(topic, null, "poison-" + i, "{not json".getBytes(StandardCharsets.UTF_8),
                                headers.getOrDefault(topic, new RecordHeaders()))));
                    }
                }
                for (Future<RecordMetadata> ack : acks) {
                    RecordMetadata metadata = ack.get();
                    sent.computeIfAbsent(metadata.topic(), t -> new HashSet<>()).add(position(metadata.partition(), metadata.offset()));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("the broker did not take the poison", e.getCause());
            }
            return sent;
        }

        @Override
        public void close() {
            if (producer != null) {
                producer.close();
            }
        }
    }

    private Map<String, RecordHeaders> headersOfARealEvent() {
        Map<String, RecordHeaders> found = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            for (String topic : Topics.ALL) {
                List<TopicPartition> partitions = consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())).toList();
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofSeconds(2))) {
                    RecordHeaders copy = new RecordHeaders();
                    record.headers().forEach(copy::add);
                    found.putIfAbsent(record.topic(), copy);
                }
            }
        }
        return found;
    }

    /** For each dead-letter topic of each consumed topic: every poison record there, each once. */
    private List<Check> deadLettered(Map<String, Set<Long>> poisoned) {
        List<Check> checks = new ArrayList<>();
        try (AdminClient admin = admin(); KafkaConsumer<String, byte[]> consumer = consumer()) {
            Set<String> topics = admin.listTopics().names().get();
            for (String topic : Topics.ALL) {
                for (String deadLetters : topics.stream().filter(t -> t.startsWith(topic + ".") && t.endsWith(".dlq")).sorted().toList()) {
                    Set<Long> expected = poisoned.getOrDefault(topic, Set.of());
                    Map<Long, Integer> arrived = new HashMap<>();
                    boolean all = Workload.within(CONVERGENCE, () -> {
                        arrived.clear();
                        arrived.putAll(originals(consumer, deadLetters, expected));
                        return arrived.keySet().containsAll(expected);
                    });
                    long twice = arrived.values().stream().filter(times -> times > 1).count();
                    checks.add(new Check("the poison of " + topic + " is in " + deadLetters, expected.size() + ", each once",
                            arrived.size() + " (" + twice + " more than once)", all && arrived.size() == expected.size()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        return checks;
    }

    /** How often each poisoned record (by its original partition and offset) is in the dead-letter topic. */
    private static Map<Long, Integer> originals(KafkaConsumer<String, byte[]> consumer, String deadLetters, Set<Long> poisoned) {
        List<TopicPartition> partitions = consumer.partitionsFor(deadLetters).stream()
                .map(p -> new TopicPartition(deadLetters, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        Map<Long, Integer> seen = new HashMap<>();
        while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                Header partition = record.headers().lastHeader("kafka_dlt-original-partition");
                Header offset = record.headers().lastHeader("kafka_dlt-original-offset");
                if (partition != null && offset != null) {
                    long position = position(ByteBuffer.wrap(partition.value()).getInt(), ByteBuffer.wrap(offset.value()).getLong());
                    if (poisoned.contains(position)) {
                        seen.merge(position, 1, Integer::sum);
                    }
                }
            }
        }
        return seen;
    }

    /** No partition stalls: every consumer group reaches the end of every partition it reads. */
    private Check noLag() {
        Map<String, Long> lag = new HashMap<>();
        boolean caughtUp = Workload.within(CONVERGENCE, () -> {
            lag.clear();
            lag.putAll(ConsumerGroups.lagByGroup(platform.kafkaBootstrapServers()));
            return lag.values().stream().allMatch(behind -> behind == 0);
        });
        return new Check("no partition stalls", "every consumer group at the end of every partition it reads",
                caughtUp ? "all caught up (" + lag.keySet().stream().sorted().collect(Collectors.joining(", ")) + ")" : "behind: " + lag, caughtUp);
    }

    private Check freshnessKept(Workload.Observed observed, Duration bound, Freshness.Probe probe) {
        try {
            Freshness freshness = probe.measure(observed.attendances().answered(), progress);
            return new Check("healthy events keep their freshness", "p99 < " + bound.toMillis() + " ms from the 201 to the reports, none missing",
                    "p50 %.0f ms, p99 %.0f ms, %d missing".formatted(freshness.p50Ms(), freshness.p99Ms(), freshness.missing()),
                    freshness.missing() == 0 && freshness.p99Ms() < bound.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private AdminClient admin() {
        return ConsumerGroups.admin(platform.kafkaBootstrapServers());
    }

    private KafkaConsumer<String, byte[]> consumer() {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static long position(int partition, long offset) {
        return ((long) partition << 48) | offset;
    }

    private void note(String what) {
        String line = "+%.1f s  %s".formatted((System.currentTimeMillis() - startedAt) / 1000.0, what);
        happened.add(line);
        progress.accept(line);
    }
}
