package org.ponte.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HexFormat;

/**
 * Spring Security's strict firewall, which also refuses a query string that is not percent-encoded UTF-8
 * ({@code ?%zz=%G0}, {@code ?q=%C3%28}) and header values that are not printable ASCII (raw UTF-8 in
 * {@code Accept-Language}). Tomcat and Spring only notice such a query or header when an operation reads it, so
 * without this an operation that reads neither (an erasure, a rebuild) would carry out a malformed request.
 */
final class StrictRequestFirewall extends StrictHttpFirewall {

    @Override
    public FirewalledRequest getFirewalledRequest(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query != null && !isPercentEncodedUtf8(query)) {
            throw new RequestRejectedException("The query string is not percent-encoded UTF-8.");
        }
        // The strict firewall checks a header when it is read; every header is checked here, read or not.
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                if (!value.chars().allMatch(c -> c == '\t' || (c >= 0x20 && c <= 0x7e))) {
                    throw new RequestRejectedException("The " + name + " header is not printable ASCII.");
                }
            }
        }
        return super.getFirewalledRequest(request);
    }

    static boolean isPercentEncodedUtf8(String query) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(query.length());
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '%') {
                if (i + 2 >= query.length() || !HexFormat.isHexDigit(query.charAt(i + 1)) || !HexFormat.isHexDigit(query.charAt(i + 2))) {
                    return false;
                }
                bytes.write(HexFormat.fromHexDigits(query, i + 1, i + 3));
                i += 2;
            } else if (c < 0x21 || c > 0x7e) {
                return false;
            } else {
                bytes.write(c);
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
