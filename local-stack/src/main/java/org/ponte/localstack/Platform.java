package org.ponte.localstack;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.ponte.events.Topics;
import org.ponte.runtime.KafkaBrokerProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The whole platform on one machine, each part a process of its own: a real Kafka broker (KRaft), the
 * MongoDB-wire store and the SMTP server with their data on disk, the authorization server and the four
 * services. Started again on the same data directory, it keeps everything.
 */
public final class Platform implements AutoCloseable {

    /** The event topics: 6 partitions so consumers can scale out, kept forever, the directory compacted. */
    static final int PARTITIONS = 6;
    static final Duration START_PATIENCE = Duration.ofMinutes(3);

    private final StackConfig config;
    private final List<ManagedProcess> processes = new CopyOnWriteArrayList<>();
    /** Where each part answers HTTP, by name (the services and the front end). */
    private final Map<String, Integer> ports = new ConcurrentHashMap<>();
    /**
     * Where each part answers health checks and metrics: a port of their own, so that a part refusing excess
     * requests under overload still says it is up (on the API's port the probe was refused with the excess).
     */
    private final Map<String, Integer> managementPorts = new ConcurrentHashMap<>();
    /** Health waits block; one thread each, so that two cores' common pool does not run them one after another. */
    private final ExecutorService waiting = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "ponte-start");
        thread.setDaemon(true);
        return thread;
    });
    private KafkaBrokerProcess kafka;
    private final Map<String, String> extraEnvironment = new ConcurrentHashMap<>();

    private Platform(StackConfig config) {
        this.config = config;
    }

    public static Platform start(StackConfig config, Consumer<String> progress) {
        return prepare(config).startOrClose(progress);
    }

    /** A platform not started yet, so that a caller can arrange its stop before the first process starts. */
    public static Platform prepare(StackConfig config) {
        return new Platform(config);
    }

    /** Settings every part is started with besides the stack's own (where to export traces, say); before the start. */
    public Platform withEnvironment(Map<String, String> more) {
        extraEnvironment.putAll(more);
        return this;
    }

    /** Starts every part and waits until each is healthy; if one fails, stops what had started. */
    public Platform startOrClose(Consumer<String> progress) {
        try {
            startAll(progress);
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void startAll(Consumer<String> progress) {
        Path logs = config.dataDir().resolve("logs");
        progress.accept("Kafka broker (KRaft) on localhost:" + config.kafkaPort());
        kafka = KafkaBrokerProcess.start(config.dataDir().resolve("kafka"), config.kafkaPort(), config.kafkaControllerPort());
        createTopics();

        String classpath = System.getProperty("java.class.path");
        progress.accept("MongoDB-wire store on localhost:" + config.mongoPort());
        // The store is the database, not a service: it holds each query's whole result while a cursor reads it, so
        // its heap grows with the data (a million reporting facts ran it out of 160 MB). It takes only what it uses.
        ManagedProcess mongo = started(ManagedProcess.java("mongo-store", logs, List.of("-Xmx2g"), List.of("-cp", classpath, MongoStoreMain.class.getName(),
                Integer.toString(config.mongoPort()), config.dataDir().resolve("mongo").resolve("ponte.mv").toString()), Map.of()));
        progress.accept("SMTP server on localhost:" + config.smtpPort());
        ManagedProcess mail = started(ManagedProcess.java("mail", logs, List.of("-cp", classpath, MailStoreMain.class.getName(),
                Integer.toString(config.smtpPort()), config.dataDir().resolve("mail").toString()), Map.of()));
        mongo.awaitPort(config.mongoPort(), START_PATIENCE);
        mail.awaitPort(config.smtpPort(), START_PATIENCE);

        progress.accept("authorization server, the five services and the front end (this takes a minute on two cores)");
        Map<String, Integer> services = Map.of("auth-server", config.authPort(), "case-service", config.casePort(),
                "referral-service", config.referralPort(), "notification-service", config.notificationPort(),
                "reporting-service", config.reportingPort(), "programme-service", config.programmePort());
        Map<String, String> environment = environment();
        List<CompletableFuture<Void>> healthy = new ArrayList<>();
        CompletableFuture<Void> authorization = new CompletableFuture<>();
        ports.putAll(services);
        ports.put("case-frontend", config.frontendPort());
        ports.keySet().forEach(part -> managementPorts.put(part, StackConfig.free()));
        services.forEach((name, port) -> {
            // Launched each on a thread of its own: a part's first start after a build trains its archive first.
            healthy.add(CompletableFuture.runAsync(() -> {
                ManagedProcess process = started(ManagedProcess.java(name, logs, ownOptions(name), program(name, port), environment));
                process.awaitHealthy(managementUrl(name), START_PATIENCE);
                progress.accept(name + " is up on " + config.url(port));
                if (name.equals("auth-server")) {
                    authorization.complete(null);
                }
            }, waiting).whenComplete((done, failed) -> {
                if (failed != null) {
                    authorization.completeExceptionally(failed);
                }
            }));
        });
        // The front end reads the authorization server's OpenID configuration when it starts.
        healthy.add(authorization.thenRunAsync(() -> {
            ManagedProcess frontend = started(ManagedProcess.java("case-frontend", logs, program("case-frontend", config.frontendPort()), environment));
            frontend.awaitHealthy(managementUrl("case-frontend"), START_PATIENCE);
            progress.accept("case-frontend is up on " + config.url(config.frontendPort()));
        }, waiting));
        try {
            CompletableFuture.allOf(healthy.toArray(CompletableFuture[]::new)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /**
     * reporting-service keeps the whole read side in memory (its read model): the national history of
     * docs/benchmarks.md needs a larger heap than the other parts' 160 MiB, most of it old generation (the national
     * model is 150–185 MiB; with the default third of the heap young, the old generation was the model's own size and
     * a rebuild spent 40 of its 73 s in 38 full collections). What outlives a poll is the model, promoted after one
     * young collection; a poll's records and events die in the survivor spaces, sized to hold them. A socket read
     * into a heap buffer goes through a direct buffer as large as the read, which the JDK keeps per thread unless told
     * not to; freed native memory goes back to the system every 5 s. It alone runs the C2 compiler, which halves
     * what decoding and applying an event costs (a national rebuild at 0.43-0.50 x a plain consumer, against 0.23 x
     * with C1), in a code cache capped at 24 MiB (uncapped, it held 37 MiB and the service's RSS reached 511-528 MiB).
     */
    private static List<String> ownOptions(String part) {
        return part.equals("reporting-service") ? List.of("-Xmx280m", "-Xmn48m", "-XX:SurvivorRatio=3", "-XX:MaxTenuringThreshold=1",
                "-Djdk.nio.maxCachedBufferSize=1048576", "-XX:TrimNativeHeapInterval=5000", "-XX:TieredStopAtLevel=4", "-XX:ReservedCodeCacheSize=24m") : List.of();
    }

    /** The program of a part: its jar, from its class data sharing archive where it has one (see {@link ClassDataSharing}). */
    private List<String> program(String module, int port) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=" + port, "--management.server.port=" + managementPorts.get(module)));
        if (module.equals("auth-server")) {
            arguments.add("--spring.profiles.active=demo");
        }
        return ClassDataSharing.launch(jar(module), ManagedProcess.jvmOptions(), arguments, environment(),
                config.dataDir().resolve("logs").resolve(module + "-cds.log"));
    }

    private Map<String, String> environment() {
        Map<String, String> environment = new java.util.HashMap<>(stackEnvironment());
        environment.putAll(extraEnvironment);
        return environment;
    }

    private Map<String, String> stackEnvironment() {
        return Map.ofEntries(
                // glibc's malloc keeps an arena per thread that allocated, up to 8 per core, each holding on to what it
                // freed: two are enough for JVMs whose own heap does the allocating, and keep resident memory down.
                Map.entry("MALLOC_ARENA_MAX", "2"),
                Map.entry("PONTE_CASE_SERVICE_URL", config.url(config.casePort())),
                Map.entry("PONTE_REFERRAL_SERVICE_URL", config.url(config.referralPort())),
                Map.entry("PONTE_NOTIFICATION_SERVICE_URL", config.url(config.notificationPort())),
                Map.entry("PONTE_REPORTING_SERVICE_URL", config.url(config.reportingPort())),
                Map.entry("PONTE_PROGRAMME_SERVICE_URL", config.url(config.programmePort())),
                Map.entry("PONTE_FRONTEND_URL", config.url(config.frontendPort())),
                Map.entry("PONTE_AUTH_WEBCLIENTS_0_REDIRECTURIS_0", config.url(config.frontendPort()) + "/login/oauth2/code/ponte"),
                Map.entry("PONTE_AUTH_WEBCLIENTS_0_CLIENTID", "case-frontend"),
                Map.entry("PONTE_AUTH_WEBCLIENTS_0_SECRET", "demo-secret"),
                Map.entry("MONGODB_URI", "mongodb://localhost:" + config.mongoPort()),
                Map.entry("KAFKA_BOOTSTRAP_SERVERS", "localhost:" + config.kafkaPort()),
                Map.entry("PONTE_ISSUER_URI", config.issuer()),
                Map.entry("PONTE_AUTH_ISSUER", config.issuer()),
                Map.entry("PONTE_SECURITY_PUBLIC_METRICS", "true"),
                Map.entry("PONTE_REPORTING_DEFAULTPLAN_FIRSTYEAR", Integer.toString(config.defaultPlanFirstYear())),
                Map.entry("SMTP_HOST", "localhost"),
                Map.entry("SMTP_PORT", Integer.toString(config.smtpPort())),
                Map.entry("PONTE_NOTIFICATIONS_SECRET_KEY", secretKey()),
                // The master and blind-index keys of personal data, made at first start and kept with the data.
                Map.entry("PONTE_PRIVACY_KEYDIR", config.dataDir().resolve("keys").toString()),
                // notification-service's own client at the authorization server (demo profile), to read reminder addresses.
                Map.entry("PONTE_SERVICE_CLIENT_SECRET", "demo-secret"),
                // What falls due is looked at every ten seconds: a reminder is not late by much on a laptop.
                Map.entry("PONTE_CASES_DEADLINES_CHECK", "10s"),
                Map.entry("PONTE_WEBHOOKS_ALLOW_PRIVATE", "true"),
                // Two cores serve no more than a few dozen requests at once: under overload, Tomcat's defaults (200
                // threads, 8192 connections) hold memory and queue requests until their clients have given up. A
                // bounded queue refuses the excess at once and answers what it takes.
                Map.entry("SERVER_TOMCAT_THREADS_MAX", "32"),
                Map.entry("SERVER_TOMCAT_MAX_CONNECTIONS", "256"),
                Map.entry("SERVER_TOMCAT_ACCEPT_COUNT", "64"));
    }

    /** The key that encrypts webhook secrets, made on first start and kept with the data. */
    private String secretKey() {
        Path file = config.dataDir().resolve("notification-secret-key");
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.createDirectories(file.getParent());
                Files.writeString(file, Base64.getEncoder().encodeToString(key));
            }
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void createTopics() {
        try (AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrapServers()))) {
            for (String topic : Topics.ALL) {
                Map<String, String> settings = topic.equals(Topics.PARTNER_DIRECTORY)
                        ? Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
                        : Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1");
                try {
                    admin.createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) 1).configs(settings))).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + topic, e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Path jar(String module) {
        Path jar = config.repoRoot().resolve(module).resolve("target").resolve(module + "-0.1.0-SNAPSHOT.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("no " + jar + ": build first (./mvnw -B -DskipTests package)");
        }
        return jar;
    }

    private ManagedProcess started(ManagedProcess process) {
        processes.add(process);
        return process;
    }

    /** One part as it runs now: how long it took to answer after its launch, and its resident memory. */
    public record Part(String name, Duration readyAfter, long residentBytes) {
    }

    /** Every part started as a process of its own (the broker runs in a process of test-support's making, not listed). */
    public List<Part> parts() {
        return processes.stream().map(p -> new Part(p.name, p.readyAfter(), p.residentBytes())).toList();
    }

    /** Kills a part at once (SIGKILL), as a crash or the OOM killer would. */
    public void kill(String part) {
        process(part).kill();
    }

    /** Asks a part to stop (SIGTERM), as an operator or a rolling deploy does. */
    public void stop(String part) {
        process(part).stop();
    }

    /** Launches a part again on its port and data after it died or stopped; returns once it is healthy, with the time that took. */
    public Duration restart(String part) {
        ManagedProcess old = process(part);
        ManagedProcess again = old.again();
        processes.set(processes.indexOf(old), again);
        again.awaitHealthy(managementUrl(part), START_PATIENCE);
        return again.readyAfter();
    }

    /**
     * Starts one more instance of a service, with the same database and consumer groups, on a free port; returns its
     * name ({@code <part>#2}, …) for {@link #kill}, {@link #stop} and {@link #restart}, once it is healthy.
     */
    public String startAnother(String part) {
        long instances = processes.stream().filter(p -> p.name.equals(part) || p.name.startsWith(part + "#")).count();
        return startVariant(part, part + "#" + (instances + 1), List.of());
    }

    /**
     * Starts one more instance of a service under {@code name} on a free port, with {@code settings} added to its
     * command line (another database, say); returns once it is healthy.
     */
    public String startVariant(String part, String name, List<String> settings) {
        int port = StackConfig.free();
        int managementPort = StackConfig.free();
        ManagedProcess another = started(process(part).another(name, port, managementPort, settings));
        ports.put(name, port);
        managementPorts.put(name, managementPort);
        another.awaitHealthy(managementUrl(name), START_PATIENCE);
        return name;
    }

    /** Where a part answers its API. */
    public String url(String part) {
        return config.url(ports.get(part));
    }

    /** Where a part answers {@code /actuator/health} and {@code /actuator/prometheus}. */
    public String managementUrl(String part) {
        return config.url(managementPorts.get(part));
    }

    /** Kills the Kafka broker (SIGKILL); its data stays. */
    public void killBroker() {
        kafka.stop();
    }

    /** Starts the broker again on its data, and waits until it answers. */
    public void restartBroker() {
        kafka.startAgain();
    }

    private ManagedProcess process(String part) {
        return processes.stream().filter(p -> p.name.equals(part)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no part named " + part));
    }

    public String kafkaBootstrapServers() {
        return "localhost:" + config.kafkaPort();
    }

    public StackConfig config() {
        return config;
    }

    /** Stops every part, the services first and Kafka last, each given time to shut down cleanly; the data stays. */
    @Override
    public synchronized void close() {
        List<ManagedProcess> reversed = new ArrayList<>(processes);
        Collections.reverse(reversed);
        reversed.forEach(ManagedProcess::stop);
        processes.clear();
        if (kafka != null) {
            kafka.shutDown();
        }
    }
}
