package org.ponte.localstack;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every problem type a service's code can answer has its Portuguese text, in the service's own
 * {@code i18n/problems_pt.properties} or the platform's: a Portuguese page never shows an English problem.
 */
class ProblemTypesInPortugueseTest {

    /** Where the code names a problem type: a domain refusal, a web-layer problem, a problem written or built directly. */
    private static final Pattern TYPE = Pattern.compile(
            "(?:RuleViolated|Conflict|InvalidRequest|ApiProblem)(?:\\.ruleViolated)?\\((?:HttpStatus\\.[A-Z_]+, )?\"([a-z0-9-]+)\""
                    + "|(?:Problems\\.of|write)\\([^;\"]*HttpStatus\\.[A-Z_]+(?:\\)\\.?[a-zA-Z()]*)?, \"([a-z0-9-]+)\"");

    @Test
    void everyProblemTypeOfEveryServiceReadsInPortuguese() throws IOException {
        Path repository = Path.of("..").toAbsolutePath().normalize();
        Properties platform = texts(repository.resolve("platform/src/main/resources/i18n/platform-problems_pt.properties"));
        List<String> untranslated = new ArrayList<>();
        int types = 0;
        for (String module : List.of("platform", "case-service", "referral-service", "notification-service", "programme-service",
                "reporting-service", "auth-server")) {
            Properties own = texts(repository.resolve(module + "/src/main/resources/i18n/problems_pt.properties"));
            for (String slug : typesIn(repository.resolve(module + "/src/main/java"))) {
                types++;
                if (own.getProperty("problem." + slug) == null && platform.getProperty("problem." + slug) == null) {
                    untranslated.add(module + ": " + slug);
                }
            }
        }
        assertThat(types).as("problem types found in the code").isGreaterThan(60);
        assertThat(untranslated).as("problem types without a Portuguese text").isEmpty();
    }

    private static TreeSet<String> typesIn(Path sources) throws IOException {
        TreeSet<String> slugs = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher found = TYPE.matcher(Files.readString(file));
                while (found.find()) {
                    slugs.add(found.group(1) != null ? found.group(1) : found.group(2));
                }
            }
        }
        return slugs;
    }

    private static Properties texts(Path file) throws IOException {
        Properties texts = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                texts.load(reader);
            }
        }
        return texts;
    }
}
