package org.ponte.notifications;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The authorization server's token endpoint and case-service's reminder-contact endpoint, on a port chosen now and
 * listening only once {@link #start()} is called: until then, for notification-service, case-service is away.
 */
final class CaseServiceStub implements AutoCloseable {

    static final String TOKEN = "service-token-for-notification-service";

    final int port = freePort();
    /** The address and language of each person who consented, by their id. */
    final Map<String, String[]> contacts = new ConcurrentHashMap<>();
    final AtomicInteger contactReads = new AtomicInteger();
    private HttpServer server;

    String url() {
        return "http://127.0.0.1:" + port;
    }

    synchronized void start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/oauth2/token", exchange -> answer(exchange, 200,
                "{\"access_token\": \"" + TOKEN + "\", \"token_type\": \"Bearer\", \"expires_in\": 300}"));
        server.createContext("/internal/v1/beneficiaries/", exchange -> {
            contactReads.incrementAndGet();
            String id = exchange.getRequestURI().getPath().split("/")[4];
            String[] contact = contacts.get(id);
            if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                answer(exchange, 401, "{}");
            } else if (contact == null) {
                answer(exchange, 422, "{\"type\": \"urn:ponte:problem:no-contact-consent\"}");
            } else {
                answer(exchange, 200, "{\"beneficiaryId\": \"%s\", \"email\": \"%s\", \"preferredLanguage\": \"%s\"}".formatted(id, contact[0], contact[1]));
            }
        });
        server.start();
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
        }
    }
}
