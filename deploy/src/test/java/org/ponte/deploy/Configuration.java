package org.ponte.deploy;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The environment variables one service reads: the placeholders of its {@code application*.yml}, its own and the
 * platform's properties ({@code @ConfigurationProperties} records, {@code @Value} keys), and Spring Boot's properties
 * (its configuration metadata), each as Spring's relaxed binding maps it to a variable (upper case, {@code .} to
 * {@code _}, dashes dropped or made {@code _}).
 */
final class Configuration {

    static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");
    private static final Pattern PROPERTIES = Pattern.compile("@ConfigurationProperties\\(\"([a-z0-9.-]+)\"\\)\\s*(?:public\\s+)?record\\s+\\w+\\(");
    private static final Pattern VALUE = Pattern.compile("@Value\\(\"\\$\\{([a-z0-9.-]+)");
    private static final Set<String> BOOT = bootProperties();

    private final Set<String> placeholders = new HashSet<>();
    private final Set<String> properties = new HashSet<>();

    static Configuration of(String module) {
        Configuration configuration = new Configuration();
        Path resources = REPOSITORY.resolve(module).resolve("src/main/resources");
        files(resources, ".yml").forEach(yml -> {
            Matcher placeholder = PLACEHOLDER.matcher(read(yml));
            while (placeholder.find()) {
                configuration.placeholders.add(placeholder.group(1));
            }
        });
        Stream.of(module, "platform").map(m -> REPOSITORY.resolve(m).resolve("src/main/java"))
                .flatMap(sources -> files(sources, ".java").stream()).map(Configuration::read).forEach(source -> {
                    Matcher record = PROPERTIES.matcher(source);
                    while (record.find()) {
                        for (String component : components(source, record.end())) {
                            configuration.properties.add(record.group(1) + "." + kebab(component));
                        }
                    }
                    Matcher value = VALUE.matcher(source);
                    while (value.find()) {
                        configuration.properties.add(value.group(1));
                    }
                });
        return configuration;
    }

    /** Whether the variable sets something the service reads. */
    boolean reads(String variable) {
        // JAVA_TOOL_OPTIONS: the JVM's own options, read by the JVM in the image.
        if (variable.equals("JAVA_TOOL_OPTIONS") || placeholders.contains(variable)) {
            return true;
        }
        return Stream.concat(properties.stream(), BOOT.stream()).anyMatch(property -> binds(variable, property));
    }

    /** The variable binds the property, or something under it (an element of a list, a field of a nested record). */
    private static boolean binds(String variable, String property) {
        for (String form : List.of(property.toUpperCase().replace(".", "_").replace("-", ""), property.toUpperCase().replace(".", "_").replace("-", "_"))) {
            if (variable.equals(form) || variable.startsWith(form + "_")) {
                return true;
            }
        }
        return false;
    }

    /** The names of a record's components, from the source after {@code record Name(}. */
    private static List<String> components(String source, int start) {
        int depth = 0;
        StringBuilder part = new StringBuilder();
        List<String> names = new java.util.ArrayList<>();
        for (int i = start; i < source.length(); i++) {
            char c = source.charAt(i);
            if (depth == 0 && (c == ',' || c == ')')) {
                String[] words = part.toString().trim().split("[^A-Za-z0-9_]+");
                names.add(words[words.length - 1]);
                part.setLength(0);
                if (c == ')') {
                    return names;
                }
                continue;
            }
            if (c == '(' || c == '<') {
                depth++;
            } else if (c == ')' || c == '>') {
                depth--;
            }
            if (depth == 0) {
                part.append(c);
            }
        }
        return names;
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    @SuppressWarnings("unchecked")
    private static Set<String> bootProperties() {
        Set<String> names = new HashSet<>();
        KubernetesSerialization json = new KubernetesSerialization();
        try {
            for (String file : List.of("META-INF/spring-configuration-metadata.json", "META-INF/additional-spring-configuration-metadata.json")) {
                for (URL metadata : Collections.list(Configuration.class.getClassLoader().getResources(file))) {
                    try (InputStream in = metadata.openStream()) {
                        Map<String, Object> read = json.unmarshal(in, Map.class);
                        ((List<Map<String, Object>>) read.getOrDefault("properties", List.of())).forEach(p -> names.add((String) p.get("name")));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static List<Path> files(Path directory, String suffix) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(path -> path.toString().endsWith(suffix)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
