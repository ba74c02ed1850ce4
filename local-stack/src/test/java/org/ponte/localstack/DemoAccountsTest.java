package org.ponte.localstack;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorization server's demo people and API clients belong to offices the demo data keeps in the directory, and
 * the coordinators' regions are those offices' regions.
 */
class DemoAccountsTest {

    @Test
    void everyDemoAccountsOfficeIsADemoOfficeAndEveryRegionHasOne() throws IOException {
        String accounts = Files.readString(Path.of("..", "auth-server", "src", "main", "resources", "application-demo.yml"));

        Set<String> offices = values(accounts, "office-id: ([a-z0-9-]+)");
        Set<String> regions = values(accounts, "region: (PT[0-9A-Z]{2})");

        assertThat(offices).containsExactlyInAnyOrderElementsOf(DemoData.OFFICES.stream().map(office -> office.get(0)).toList());
        assertThat(regions).isNotEmpty().isSubsetOf(DemoData.OFFICES.stream().map(office -> office.get(3)).toList());
        assertThat(DemoData.OFFICES.stream().map(office -> office.get(3)).distinct()).as("two regions at least").hasSizeGreaterThanOrEqualTo(2);
    }

    private static Set<String> values(String text, String regex) {
        Set<String> values = new TreeSet<>();
        Matcher matcher = Pattern.compile(regex).matcher(text);
        while (matcher.find()) {
            values.add(matcher.group(1));
        }
        return values;
    }
}
