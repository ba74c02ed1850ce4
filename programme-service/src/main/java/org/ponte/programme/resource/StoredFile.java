package org.ponte.programme.resource;

import java.time.Instant;

/** A resource's file in one language, kept in the service's own database (GridFS), with its size and SHA-256. */
public record StoredFile(String fileId, long size, String sha256, String uploadedBy, Instant uploadedAt) {
}
