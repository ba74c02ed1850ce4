package org.ponte.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * Spring Boot's class data sharing for a part: its jar extracted into {@code target/cds/}, and a training run (the
 * context refreshed, then the JVM leaves) that archives the classes it loaded; later starts map the archive instead
 * of loading and verifying those classes again. The archive is trained again whenever the jar's content or the JVM
 * options change (the build writes reproducible jars, so a build that changed nothing keeps it). If anything about
 * it fails, the part starts from its jar as before: the archive only ever saves time.
 */
final class ClassDataSharing {

    private static final String ARCHIVE = "application.jsa";
    /** The fingerprint of what the archive was trained on. */
    private static final String TRAINED = "trained-on";
    /** Left when a training run failed, so that later starts of the same jar do not try again. */
    private static final String FAILED = "training-failed";

    private ClassDataSharing() {
    }

    /**
     * How to launch {@code jar} with {@code arguments}: from its trained archive, training it first if the jar is
     * newer (with the same JVM options, arguments and environment, on a free port); or plainly.
     */
    static List<String> launch(Path jar, List<String> jvm, List<String> arguments, Map<String, String> environment, Path log) {
        Path directory = jar.resolveSibling("cds");
        Path extracted = directory.resolve(jar.getFileName());
        Path archive = directory.resolve(ARCHIVE);
        try {
            String fingerprint = fingerprint(jar, jvm);
            if (fingerprint.equals(firstLine(directory.resolve(FAILED)))) {
                return plainly(jar, arguments);
            }
            if (!(Files.exists(archive) && fingerprint.equals(firstLine(directory.resolve(TRAINED))))) {
                if (!train(jar, directory, extracted, archive, jvm, arguments, environment, log)) {
                    Files.writeString(directory.resolve(FAILED), fingerprint + "\nsee " + log);
                    return plainly(jar, arguments);
                }
                Files.writeString(directory.resolve(TRAINED), fingerprint);
            }
            List<String> launch = new ArrayList<>(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                    "-jar", extracted.toString()));
            launch.addAll(arguments);
            return launch;
        } catch (IOException | RuntimeException notThisTime) {
            return plainly(jar, arguments);
        }
    }

    private static List<String> plainly(Path jar, List<String> arguments) {
        List<String> launch = new ArrayList<>(List.of("-jar", jar.toString()));
        launch.addAll(arguments);
        return launch;
    }

    /** The jar's content and the JVM options it runs with, which the archive is only valid for. */
    private static String fingerprint(Path jar, List<String> jvm) throws IOException {
        CRC32C content = new CRC32C();
        try (InputStream in = Files.newInputStream(jar)) {
            byte[] buffer = new byte[1 << 16];
            for (int read; (read = in.read(buffer)) > 0; ) {
                content.update(buffer, 0, read);
            }
        }
        return Long.toHexString(content.getValue()) + " " + Files.size(jar) + " " + String.join(" ", jvm);
    }

    private static String firstLine(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file).stream().findFirst().orElse("") : "";
    }

    /** Extracts the jar and runs it once with the archive written at exit; says whether the archive is there. */
    private static boolean train(Path jar, Path directory, Path extracted, Path archive, List<String> jvm, List<String> arguments,
                                 Map<String, String> environment, Path log) throws IOException {
        delete(directory);
        if (!run(List.of(java(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", directory.toString()),
                Map.of(), log)) {
            return false;
        }
        List<String> training = new ArrayList<>(List.of(java()));
        training.addAll(jvm);
        training.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh", "-jar", extracted.toString()));
        training.addAll(arguments.stream().map(arg -> arg.startsWith("--server.port=") ? "--server.port=0"
                : arg.startsWith("--management.server.port=") ? "--management.server.port=0" : arg).toList());
        return run(training, environment, log) && Files.exists(archive);
    }

    private static boolean run(List<String> command, Map<String, String> environment, Path log) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void delete(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }
}
