package org.ponte.cases.casework;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.Map;

/**
 * @param officePrefixes the prefix of each office's case numbers ({@code ponte.cases.office-prefixes.lisboa=LIS});
 *                       an office without one gets the first three letters of its id
 */
@ConfigurationProperties("ponte.cases")
record CaseProperties(@DefaultValue Map<String, String> officePrefixes) {
}
