package org.ponte.frontend;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The services' REST APIs as the front end sees them over real HTTP: canned answers per method and path, and
 * every call recorded with its token, language, body and trace context, so a test asserts what the front end asked for.
 */
final class ServicesStub implements AutoCloseable {

    record Call(String method, String path, String query, String body, String authorization, String acceptLanguage,
                String idempotencyKey, String traceparent) {
    }

    private record Answer(int status, String body) {
    }

    /** An answer that drops the connection: the service is down. */
    static final int HANG_UP = -1;

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    final List<Call> calls = new CopyOnWriteArrayList<>();

    ServicesStub() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers {@code method path} (a query after {@code ?} must then match too) with this status and JSON body. */
    ServicesStub answer(String method, String pathAndQuery, int status, String json) {
        answers.put(method + " " + pathAndQuery, new Answer(status, json));
        return this;
    }

    ServicesStub answer(String method, String pathAndQuery, String json) {
        return answer(method, pathAndQuery, 200, json);
    }

    /** The last call made to {@code method path}. */
    Call last(String method, String path) {
        for (int i = calls.size() - 1; i >= 0; i--) {
            if (calls.get(i).method().equals(method) && calls.get(i).path().equals(path)) {
                return calls.get(i);
            }
        }
        throw new AssertionError("no " + method + " " + path + " among " + calls);
    }

    void reset() {
        answers.clear();
        calls.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        calls.add(new Call(exchange.getRequestMethod(), path, query, body, exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Accept-Language"), exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                exchange.getRequestHeaders().getFirst("traceparent")));
        Answer answer = answers.get(exchange.getRequestMethod() + " " + path + (query == null ? "" : "?" + query));
        if (answer == null) {
            answer = answers.getOrDefault(exchange.getRequestMethod() + " " + path,
                    new Answer(404, "{\"type\": \"urn:ponte:problem:not-found\", \"status\": 404, \"detail\": \"Not found.\"}"));
        }
        if (answer.status() == HANG_UP) {
            exchange.close();
            return;
        }
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", answer.status() >= 400 ? "application/problem+json"
                : answer.body().startsWith("category,") || answer.body().startsWith("month,") ? "text/csv" : "application/json");
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
