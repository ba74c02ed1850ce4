package org.ponte.localstack;

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

    private SharedPlatform() {
    }

    static synchronized Platform get() {
        if (platform == null) {
            try {
                data = Files.createTempDirectory("ponte-e2e-");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            platform = Platform.start(StackConfig.onFreePorts(Path.of("..").toAbsolutePath().normalize(), data),
                    line -> System.out.println("[e2e] " + line));
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
