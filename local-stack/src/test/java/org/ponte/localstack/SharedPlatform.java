package org.ponte.localstack;

import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** One platform of processes for all the tests of this JVM, on free ports in a temporary directory. */
final class SharedPlatform {

    private static Platform platform;
    private static Path data;
    /** Every service exports its spans here (OTLP), as it would to an OpenTelemetry collector. */
    private static OtlpCollector traces;

    private SharedPlatform() {
    }

    static synchronized Platform get() {
        if (platform == null) {
            try {
                data = Files.createTempDirectory("ponte-e2e-");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            StackConfig config = StackConfig.onFreePorts(Path.of("..").toAbsolutePath().normalize(), data);
            traces = new OtlpCollector();
            platform = Platform.prepare(config).withEnvironment(Map.of(
                    "MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT", traces.endpoint(),
                    "MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_SCHEDULE_DELAY", "500ms"))
                    .startOrClose(line -> System.out.println("[e2e] " + line));
            if (System.getenv("PONTE_SCREENSHOTS") != null) {
                // Pictures of a full office, as the demo has it, not of an empty platform.
                new DemoData(new Api(config.issuer()), config).load(line -> System.out.println("[e2e] " + line));
            }
            Runtime.getRuntime().addShutdownHook(new Thread(SharedPlatform::stop, "e2e-platform-stop"));
        }
        return platform;
    }

    /** The partner the demo partner clients act for, in the directory once, whichever test needs it first. */
    static synchronized void ensurePartnerOne(Api api) {
        StackConfig c = get().config();
        String partners = c.url(c.referralPort()) + "/api/v1/partners";
        if (api.get(partners, "demo-admin").findValues("id").stream().noneMatch(id -> id.asString().equals("partner-1"))) {
            api.post(partners, "demo-admin", Map.of("id", "partner-1", "name", "IEFP Lisboa", "email", "referrals@iefp.example.pt",
                    "preferredLanguage", "pt", "areas", List.of("EMPLOYMENT_AND_ENTREPRENEURSHIP"), "municipalities", List.of("Lisboa")), 201);
        }
    }

    /** The offices of Lisboa and Porto (Grande Lisboa, Norte) in the directory once, whichever test needs them first. */
    static synchronized void ensureOffices(Api api) {
        StackConfig c = get().config();
        String offices = c.url(c.referralPort()) + "/api/v1/offices";
        List<String> known = api.get(offices + "?includeInactive=true", "demo-admin").findValues("id").stream().map(JsonNode::asString).toList();
        for (List<String> office : List.of(List.of("lisboa", "CLAIM Lisboa", "Lisboa", "PT1A", "LIS"), List.of("porto", "CLAIM Porto", "Porto", "PT11", "POR"))) {
            if (!known.contains(office.get(0))) {
                api.post(offices, "demo-admin", Map.of("id", office.get(0), "name", office.get(1), "municipality", office.get(2),
                        "region", office.get(3), "caseNumberPrefix", office.get(4)), 201);
            }
        }
    }

    static OtlpCollector traces() {
        get();
        return traces;
    }

    static Path data() {
        return data;
    }

    private static void stop() {
        platform.close();
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // A temporary directory left behind is no failure.
        }
    }
}
