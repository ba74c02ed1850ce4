package org.ponte.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Prometheus's own checker ({@code promtool}, from Debian's {@code prometheus} package), run in a directory. */
final class Promtool {

    private static final Path BINARY = Path.of("/usr/bin/promtool");

    /** What promtool said, and whether it was satisfied. */
    record Outcome(int exitCode, String output) {
        boolean passed() {
            return exitCode == 0;
        }
    }

    private Promtool() {
    }

    static Outcome run(Path directory, String... arguments) {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException("promtool is missing: apt-get install prometheus (as .ci/run does)");
        }
        List<String> command = new ArrayList<>(List.of(BINARY.toString()));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("promtool did not finish: " + command);
            }
            return new Outcome(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
