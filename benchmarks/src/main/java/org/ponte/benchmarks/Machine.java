package org.ponte.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The machine a benchmark ran on, as its results name it: numbers mean little without it. */
record Machine(String cpu, int cores, long memoryMiB, String os, String java) {

    static Machine thisOne() {
        return new Machine(procLine("/proc/cpuinfo", "model name").orElse(System.getProperty("os.arch")),
                Runtime.getRuntime().availableProcessors(),
                procLine("/proc/meminfo", "MemTotal").map(kib -> Long.parseLong(kib.replaceAll("\\D", "")) / 1024).orElse(-1L),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    }

    String describe() {
        return "%s, %d cores, %d MiB, %s, %s".formatted(cpu, cores, memoryMiB, os, java);
    }

    private static Optional<String> procLine(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(line -> line.startsWith(key)).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).trim());
        } catch (IOException | RuntimeException notLinux) {
            return Optional.empty();
        }
    }
}
