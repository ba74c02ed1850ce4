package org.ponte.benchmarks;

import org.ponte.localstack.Api;
import org.ponte.localstack.Platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * From an attendance's event (stamped when case-service stored the attendance, the moment of its 201) to its place
 * in reporting-service's read model, as reporting-service records it for the attendances it applies live
 * ({@code ponte.reporting.freshness}, a histogram). A {@link Probe} scrapes the buckets before a phase and again after
 * it; the difference is the phase's distribution, a percentile read as the upper bound of its bucket.
 * {@code missing}: attendances answered 201 that the histogram had not counted two minutes after the phase.
 */
record Freshness(long measured, long missing, double p50Ms, double p99Ms, double maxMs) {

    private static final Pattern BUCKET = Pattern.compile("^ponte_reporting_freshness_seconds_bucket\\{.*le=\"([^\"]+)\".*} (\\S+)$");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The histogram as it was when the phase began. */
    static Probe start(Platform platform, Api api) {
        Probe probe = new Probe(platform, api);
        probe.before = probe.scrape();
        return probe;
    }

    static final class Probe {

        private final Platform platform;
        private final Api api;
        private Map<Double, Double> before;

        private Probe(Platform platform, Api api) {
            this.platform = platform;
            this.api = api;
        }

        /** Waits (two minutes at most) until {@code expected} more attendances were applied, then reads the phase's distribution. */
        Freshness measure(long expected, Consumer<String> progress) throws InterruptedException {
            progress.accept("freshness: waiting for reporting-service to apply " + expected + " attendances");
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            TreeMap<Double, Double> phase;
            do {
                phase = new TreeMap<>();
                Map<Double, Double> after = scrape();
                for (Map.Entry<Double, Double> bucket : after.entrySet()) {
                    phase.put(bucket.getKey(), bucket.getValue() - before.getOrDefault(bucket.getKey(), 0.0));
                }
                if (count(phase) >= expected) {
                    break;
                }
                Thread.sleep(200);
            } while (System.nanoTime() < deadline);
            long measured = count(phase);
            return new Freshness(measured, Math.max(0, expected - measured), percentile(phase, 0.50), percentile(phase, 0.99), highest(phase));
        }

        private Map<Double, Double> scrape() {
            HttpRequest request = HttpRequest.newBuilder(URI.create(platform.managementUrl("reporting-service") + "/actuator/prometheus"))
                    .header("Authorization", "Bearer " + api.token("demo-admin")).header("Accept", "text/plain").GET().build();
            try {
                Map<Double, Double> buckets = new TreeMap<>();
                HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body().lines().map(BUCKET::matcher).filter(Matcher::matches)
                        .forEach(bucket -> buckets.merge(bucket.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(bucket.group(1)),
                                Double.parseDouble(bucket.group(2)), Double::sum));
                return buckets;
            } catch (IOException e) {
                throw new IllegalStateException("reporting-service's metrics could not be read", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static long count(TreeMap<Double, Double> cumulative) {
        return cumulative.isEmpty() ? 0 : Math.round(cumulative.lastEntry().getValue());
    }

    private static double percentile(TreeMap<Double, Double> cumulative, double quantile) {
        double total = count(cumulative);
        for (Map.Entry<Double, Double> bucket : cumulative.entrySet()) {
            if (total > 0 && bucket.getValue() >= quantile * total) {
                return bucket.getKey() * 1000;
            }
        }
        return Double.NaN;
    }

    /** The upper bound of the highest bucket anything fell in (infinite past the last bound). */
    private static double highest(TreeMap<Double, Double> cumulative) {
        double previous = 0;
        double highest = Double.NaN;
        for (Map.Entry<Double, Double> bucket : cumulative.entrySet()) {
            if (bucket.getValue() > previous) {
                highest = bucket.getKey() * 1000;
            }
            previous = bucket.getValue();
        }
        return highest;
    }
}
