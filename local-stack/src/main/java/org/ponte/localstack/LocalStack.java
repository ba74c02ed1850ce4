package org.ponte.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * {@code ./ponte up}: starts the whole platform on this machine, with demo data on first start
 * ({@code --no-demo} to skip it), prints where everything is, and stops it all on Ctrl-C. Data is kept in
 * {@code local-data/} ({@code --data-dir=} to choose another place).
 */
public final class LocalStack {

    private LocalStack() {
    }

    public static void main(String[] args) throws Exception {
        List<String> options = List.of(args);
        Path repoRoot = Path.of("").toAbsolutePath();
        Path dataDir = options.stream().filter(o -> o.startsWith("--data-dir=")).findFirst()
                .map(o -> Path.of(o.substring("--data-dir=".length())).toAbsolutePath()).orElse(repoRoot.resolve("local-data"));
        StackConfig config = StackConfig.local(repoRoot, dataDir, !options.contains("--no-demo"));
        Instant started = Instant.now();
        say("Starting Ponte (data in " + dataDir + ", logs in " + dataDir.resolve("logs") + ")");
        Platform platform = Platform.prepare(config);
        // Arranged before the first process starts, so that Ctrl-C during start-up leaves nothing running.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            say("Stopping Ponte…");
            platform.close();
            say("Stopped. The data stays in " + dataDir + ".");
        }, "ponte-stop"));
        platform.startOrClose(LocalStack::say);
        Path demoMarker = dataDir.resolve("demo-data.loaded");
        if (config.demoData() && !Files.exists(demoMarker)) {
            say("Loading demo data through the public APIs (first start only)…");
            new DemoData(new Api(config.issuer()), config).load(LocalStack::say);
            Files.writeString(demoMarker, Instant.now().toString());
        }
        System.out.println(summary(config, Duration.between(started, Instant.now())));
        Thread.currentThread().join();
    }

    static String summary(StackConfig c, Duration took) {
        return """

                Ponte is up (%d s). Ctrl-C stops everything; started again, it keeps the data.

                  front end              %s   (sign in as one of the people below)
                  authorization server   %s   (OpenID configuration at /.well-known/openid-configuration)
                  case-service           %s   (Swagger UI at /swagger-ui.html)
                  referral-service       %s
                  notification-service   %s
                  reporting-service      %s
                  programme-service      %s
                  Kafka                  localhost:%d
                  MongoDB-wire store     mongodb://localhost:%d
                  SMTP                   localhost:%d   (e-mails kept in %s)

                People (password "demo"): ana.lisboa, bruno.lisboa (technicians, Lisboa); carla.porto, duarte.porto
                  (technicians, Porto); eva.partner1 (partner-1); filipe.partner2 (partner-2); gloria.manager (manager,
                  Lisboa); helena.coordinator (coordinator, whole network); ivo.norte (coordinator, Norte); admin.
                API clients (secret "demo-secret"): demo-technician-lisboa, demo-technician-porto, demo-technician-amadora,
                  demo-technician-braga, demo-partner-1, demo-partner-2, demo-manager-lisboa, demo-coordinator,
                  demo-coordinator-norte, demo-admin.

                  TOKEN=$(curl -s -u demo-manager-lisboa:demo-secret -d grant_type=client_credentials %s/oauth2/token \\
                    | sed 's/.*"access_token":"\\([^"]*\\)".*/\\1/')
                  curl -H "Authorization: Bearer $TOKEN" %s/api/v1/plans/%s/progress
                """.formatted(took.toSeconds(), c.url(c.frontendPort()), c.url(c.authPort()), c.url(c.casePort()), c.url(c.referralPort()),
                c.url(c.notificationPort()), c.url(c.reportingPort()), c.url(c.programmePort()), c.kafkaPort(), c.mongoPort(), c.smtpPort(),
                c.dataDir().resolve("mail"), c.url(c.authPort()), c.url(c.reportingPort()), c.defaultPlanId());
    }

    private static void say(String line) {
        System.out.println("[ponte] " + line);
    }
}
