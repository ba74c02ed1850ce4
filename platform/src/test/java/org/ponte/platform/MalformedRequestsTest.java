package org.ponte.platform;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ponte.testsupport.RawHttp;
import org.ponte.testsupport.RealInfrastructure;
import org.ponte.testsupport.TestTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests that never reach a controller, or break before one reads them, written byte by byte over a socket as an
 * attacker's tool would send them: each is answered 400 as problem+json, whether Tomcat's connector, Spring
 * Security's firewall, the container's error page or Spring MVC refuses it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class MalformedRequestsTest {

    @LocalServerPort
    int port;

    static Stream<Arguments> malformed() {
        String admin = "Authorization: Bearer " + TestTokens.admin() + "\r\n";
        String manager = "Authorization: Bearer " + TestTokens.manager("lisboa") + "\r\n";
        return Stream.of(
                Arguments.of("an encoded slash in the path", "GET /api/v1/me%2Fx HTTP/1.1\r\n"),
                Arguments.of("an encoded NUL in the path", "GET /api/v1/%00 HTTP/1.1\r\n"),
                Arguments.of("bad percent-encoding in the path", "GET /api/v1/%zz HTTP/1.1\r\n"),
                Arguments.of("a backslash in the path", "GET /api/v1\\me HTTP/1.1\r\n"),
                Arguments.of("a 100 KB query string", "GET /api/v1/me?q=" + "a".repeat(100_000) + " HTTP/1.1\r\n"),
                Arguments.of("a path parameter", "GET /api/v1/me;x=1 HTTP/1.1\r\n" + admin),
                Arguments.of("a double slash", "GET //api/v1/me HTTP/1.1\r\n" + admin),
                Arguments.of("encoded dots", "GET /api/v1/%2e%2e/me HTTP/1.1\r\n" + admin),
                Arguments.of("an encoded CR LF", "GET /api/v1/me%0d%0a HTTP/1.1\r\n" + admin),
                Arguments.of("bad percent-encoding in the query", "GET /api/v1/audit?%zz=%G0 HTTP/1.1\r\n" + admin),
                Arguments.of("bad UTF-8 in the query of an operation that reads none", "GET /api/v1/me?q=%C3%28 HTTP/1.1\r\n" + admin),
                Arguments.of("an instant beyond the year 9999", "GET /api/v1/audit?from=%2B1000000000-12-31T23:59:59Z HTTP/1.1\r\n" + admin),
                Arguments.of("multipart without a boundary", "POST /api/v1/reports/refresh HTTP/1.1\r\n" + manager
                        + "Content-Type: multipart/form-data\r\n"),
                Arguments.of("raw UTF-8 in a header the operation never reads", "GET /api/v1/me HTTP/1.1\r\n" + admin + "If-Match: \"€\"\r\n"),
                Arguments.of("raw UTF-8 in Accept-Language", "GET /api/v1/greeting HTTP/1.1\r\n" + admin + "Accept-Language: pt-€\r\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void isA400Problem(String what, String request) {
        RawHttp.Answer answer = RawHttp.send(port, request, request.startsWith("POST") ? "{}".getBytes(StandardCharsets.UTF_8) : null);

        assertThat(answer.status()).as(what + ": " + answer).isEqualTo(400);
        assertThat(answer.isProblem()).as(what + ": " + answer).isTrue();
        assertThat(answer.body()).as(what).contains("\"status\":400").doesNotContain("<html").doesNotContain("Exception");
    }
}
