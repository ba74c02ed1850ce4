package org.ponte.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Spring Boot's class data sharing for a part: its jar extracted once per build into {@code target/cds/}, and a
 * training run (the context refreshed, then the JVM leaves) that archives the classes it loaded; later starts map
 * the archive instead of loading and verifying those classes again. If anything about it fails, the part starts
 * from its jar as before: the archive only ever saves time.
 */
final class ClassDataSharing {

    private static final String ARCHIVE = "application.jsa";
    /** Left when a training run failed, so that later starts of the same build do not try again. */
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
            if (isFresh(directory.resolve(FAILED), jar)) {
                return plainly(jar, arguments);
            }
            if (!isFresh(archive, jar) && !train(jar, directory, extracted, archive, jvm, arguments, environment, log)) {
                Files.writeString(directory.resolve(FAILED), "see " + log);
                return plainly(jar, arguments);
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

    private static boolean isFresh(Path archive, Path jar) throws IOException {
        return Files.exists(archive) && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0;
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
