package org.ponte.reporting.readmodel;

import java.time.Instant;

/** A guide or publication as published (or withdrawn since). */
public record ResourceState(String resourceId, String officeId, String type, Instant publishedAt, boolean published) {
}
