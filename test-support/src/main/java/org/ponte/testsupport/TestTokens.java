package org.ponte.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Real signed JWTs for integration tests, without starting the authorization server. Once per JVM it makes
 * a key pair and serves, on a free loopback port, the two documents a resource server reads from an OpenID
 * Connect issuer: {@code /.well-known/openid-configuration} and the JWK set. {@link RealInfrastructure} sets
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} to it, so the service under test discovers
 * and verifies these tokens exactly as it does the authorization server's: signature, expiry, issuer, then
 * the Ponte claims {@code roles}, {@code officeId} and {@code partnerId}.
 * <pre>{@code
 * String bearer = TestTokens.technician("lisboa");
 * String other = TestTokens.token().subject("ana").roles("TECHNICIAN").build();   // no office: refused
 * }</pre>
 */
public final class TestTokens {

    private static final RSAKey KEY = generateKey("test-" + UUID.randomUUID());
    private static String issuer;

    private TestTokens() {
    }

    public static String technician(String officeId) {
        return token().subject("technician-" + officeId).roles("TECHNICIAN").officeId(officeId).build();
    }

    public static String manager(String officeId) {
        return token().subject("manager-" + officeId).roles("MANAGER").officeId(officeId).build();
    }

    public static String partner(String partnerId) {
        return token().subject("partner-user-" + partnerId).roles("PARTNER").partnerId(partnerId).build();
    }

    /** A coordinator of the whole network. */
    public static String coordinator() {
        return token().subject("coordinator").roles("COORDINATOR").build();
    }

    /** A coordinator of one NUTS II region's offices. */
    public static String coordinator(String region) {
        return token().subject("coordinator-" + region).roles("COORDINATOR").claim("region", region).build();
    }

    public static String admin() {
        return token().subject("admin").roles("ADMIN").build();
    }

    public static Builder token() {
        return new Builder();
    }

    /** The issuer URL, {@code http://127.0.0.1:<port>}; its discovery and JWK set endpoints answer from this JVM. */
    public static synchronized String issuer() {
        if (issuer == null) {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
                String url = "http://127.0.0.1:" + server.getAddress().getPort();
                String jwks = new JWKSet(KEY.toPublicJWK()).toString();
                String discovery = "{\"issuer\":\"" + url + "\",\"jwks_uri\":\"" + url + "/oauth2/jwks\","
                        + "\"subject_types_supported\":[\"public\"],\"response_types_supported\":[\"code\"],"
                        + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}";
                serve(server, "/.well-known/openid-configuration", discovery);
                serve(server, "/oauth2/jwks", jwks);
                server.setExecutor(Executors.newSingleThreadExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "test-token-issuer");
                    thread.setDaemon(true);
                    return thread;
                }));
                server.start();
                issuer = url;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return issuer;
    }

    private static void serve(HttpServer server, String path, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }

    public static final class Builder {

        private String subject = "test-user";
        private List<String> roles = List.of();
        private final Map<String, Object> claims = new LinkedHashMap<>();
        private Instant issuedAt = Instant.now();
        private Duration lifetime = Duration.ofMinutes(15);
        private String issuer = TestTokens.issuer();

        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        public Builder roles(String... roles) {
            this.roles = List.of(roles);
            return this;
        }

        public Builder officeId(String officeId) {
            return claim("officeId", officeId);
        }

        public Builder partnerId(String partnerId) {
            return claim("partnerId", partnerId);
        }

        public Builder claim(String name, Object value) {
            claims.put(name, value);
            return this;
        }

        /** A token that expired a minute ago. */
        public Builder expired() {
            this.issuedAt = Instant.now().minus(Duration.ofHours(1));
            this.lifetime = Duration.ofMinutes(59);
            return this;
        }

        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        public String build() {
            JWTClaimsSet.Builder set = new JWTClaimsSet.Builder()
                    .subject(subject)
                    .issuer(issuer)
                    .issueTime(Date.from(issuedAt))
                    .notBeforeTime(Date.from(issuedAt))
                    .expirationTime(Date.from(issuedAt.plus(lifetime)))
                    .jwtID(UUID.randomUUID().toString())
                    .claim("roles", roles)
                    .claim("scope", "api");
            claims.forEach(set::claim);
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build(), set.build());
            try {
                jwt.sign(new RSASSASigner(KEY));
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
            return jwt.serialize();
        }
    }

    private static RSAKey generateKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).algorithm(JWSAlgorithm.RS256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
