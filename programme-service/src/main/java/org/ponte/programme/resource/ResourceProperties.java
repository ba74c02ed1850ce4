package org.ponte.programme.resource;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Library rules ({@code ponte.programme.resources.*}).
 *
 * @param maxFileSize the largest PDF a resource may hold in one language
 */
@ConfigurationProperties("ponte.programme.resources")
record ResourceProperties(@DefaultValue("20MB") DataSize maxFileSize) {
}
