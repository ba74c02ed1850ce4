package org.ponte.programme.resource;

import jakarta.servlet.http.HttpServletRequest;
import org.ponte.platform.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * A PDF sent as a request's body: {@code Content-Type: application/pdf}, not empty, not larger than allowed, and
 * a PDF indeed (it starts as every PDF does). Read whole, up to the limit, before anything is stored.
 */
final class PdfBody {

    private static final byte[] SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private PdfBody() {
    }

    static byte[] read(HttpServletRequest request, DataSize largest) {
        MediaType type = request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
        if (type == null || !MediaType.APPLICATION_PDF.equalsTypeAndSubtype(type)) {
            throw new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "not-a-pdf",
                    "Send the file as the request's body with Content-Type: application/pdf.");
        }
        long limit = largest.toBytes();
        if (request.getContentLengthLong() > limit) {
            throw tooLarge(largest);
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (body.length > limit) {
            throw tooLarge(largest);
        }
        if (body.length == 0) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "empty-file", "The file is empty.");
        }
        if (body.length < SIGNATURE.length || !Arrays.equals(body, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
            throw new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "not-a-pdf", "The file is not a PDF.");
        }
        return body;
    }

    private static ApiProblem tooLarge(DataSize largest) {
        return new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "file-too-large", "A file may be at most " + largest.toMegabytes() + " MB.",
                Map.of("maxBytes", largest.toBytes()));
    }
}
