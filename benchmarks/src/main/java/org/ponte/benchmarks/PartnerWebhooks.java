package org.ponte.benchmarks;

import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The partners' own HTTP endpoints, as their servers would be: each partner at {@code /<partnerId>}, answering
 * after a few milliseconds of work. Records what a partner would observe: how often each {@code webhook-id}
 * arrived (a webhook taken twice is a notification sent twice), when each referral was first announced, and
 * how many calls it refused while {@link #down} (answering 503, as a server in maintenance).
 */
final class PartnerWebhooks implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long WORK_MILLIS = 20;

    private final HttpServer server;
    private final Map<String, Integer> timesTaken = new ConcurrentHashMap<>();
    private final Map<String, Long> firstAnnouncedAt = new ConcurrentHashMap<>();
    private final Set<String> down = ConcurrentHashMap.newKeySet();
    private final AtomicLong refused = new AtomicLong();

    PartnerWebhooks() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String partner = exchange.getRequestURI().getPath().substring(1);
            if (down.contains(partner)) {
                refused.incrementAndGet();
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            sleep(WORK_MILLIS);
            String webhookId = exchange.getRequestHeaders().getFirst("webhook-id");
            timesTaken.merge(webhookId, 1, Integer::sum);
            JsonNode referralId = JSON.readTree(body).findValue("referralId");
            if (referralId != null) {
                firstAnnouncedAt.putIfAbsent(referralId.asString(), System.currentTimeMillis());
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
    }

    String urlOf(String partnerId) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + partnerId;
    }

    /** From now on the partner's endpoint answers 503 to every call, until {@link #up}. */
    void down(String partnerId) {
        down.add(partnerId);
    }

    void up(String partnerId) {
        down.remove(partnerId);
    }

    long refused() {
        return refused.get();
    }

    /** When the partner's endpoint first took a webhook about this referral (epoch ms), or null. */
    Long announcedAt(String referralId) {
        return firstAnnouncedAt.get(referralId);
    }

    /** Webhook-ids the partners took more than once: notifications sent twice. */
    long takenTwice() {
        return timesTaken.values().stream().filter(times -> times > 1).count();
    }

    long distinctTaken() {
        return timesTaken.size();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
