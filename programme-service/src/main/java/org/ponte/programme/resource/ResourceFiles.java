package org.ponte.programme.resource;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The resources' PDFs, in the service's own database (GridFS: the file in chunks beside its metadata), so that
 * every instance of the service serves every file and a backup of the database holds them all.
 */
@Component
class ResourceFiles {

    private final GridFsTemplate gridFs;

    ResourceFiles(GridFsTemplate gridFs) {
        this.gridFs = gridFs;
    }

    StoredFile store(String resourceId, String language, byte[] pdf, String by, Instant now) {
        ObjectId id = gridFs.store(new ByteArrayInputStream(pdf), resourceId + "-" + language + ".pdf", "application/pdf",
                new Document("resourceId", resourceId).append("language", language));
        return new StoredFile(id.toHexString(), pdf.length, sha256(pdf), by, now);
    }

    InputStream open(StoredFile file) {
        GridFsResource resource = gridFs.getResource(gridFs.findOne(query(where("_id").is(new ObjectId(file.fileId())))));
        try {
            return resource.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(StoredFile file) {
        gridFs.delete(query(where("_id").is(new ObjectId(file.fileId()))));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
