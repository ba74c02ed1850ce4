package org.ponte.notifications;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A partner's real HTTP endpoint: records every request, and answers 503 to the first {@code failures} of them. */
final class WebhookReceiver implements AutoCloseable {

    record Received(Map<String, List<String>> headers, String body, int answeredWith, long at) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().get(0)).orElse(null);
        }
    }

    private final HttpServer server;
    private final AtomicInteger failuresLeft;
    final List<Received> requests = new CopyOnWriteArrayList<>();

    WebhookReceiver(int failures) {
        this.failuresLeft = new AtomicInteger(failures);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/webhooks", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = failuresLeft.getAndDecrement() > 0 ? 503 : 204;
            requests.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body, status, System.currentTimeMillis()));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks";
    }

    List<Received> accepted() {
        return requests.stream().filter(r -> r.answeredWith() < 300).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
