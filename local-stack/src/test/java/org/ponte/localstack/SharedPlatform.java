package org.ponte.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
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
