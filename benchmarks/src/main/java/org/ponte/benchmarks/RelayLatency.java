package org.ponte.benchmarks;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first leg of freshness: from the state change to Kafka's acknowledgement of its event, as case-service's
 * outbox relay records it ({@code ponte.outbox.relay.latency}, a percentile histogram). Two scrapes of its buckets,
 * before and after a phase, give that phase's own distribution; a percentile is read as the upper bound of the
 * bucket it falls in, so it is at most one bucket step (about a third) high.
 */
record RelayLatency(long count, double p50Ms, double p99Ms) {

    private static final Pattern BUCKET = Pattern.compile("^ponte_outbox_relay_latency_seconds_bucket\\{.*le=\"([^\"]+)\".*} (\\S+)$");

    /** Cumulative counts by upper bound in seconds, from case-service's Prometheus page. */
    static Map<Double, Double> buckets(String prometheus) {
        Map<Double, Double> buckets = new TreeMap<>();
        prometheus.lines().map(BUCKET::matcher).filter(Matcher::matches).forEach(bucket -> buckets.merge(
                bucket.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(bucket.group(1)),
                Double.parseDouble(bucket.group(2)), Double::sum));
        return buckets;
    }

    static RelayLatency between(Map<Double, Double> before, Map<Double, Double> after) {
        TreeMap<Double, Double> phase = new TreeMap<>();
        after.forEach((bound, count) -> phase.put(bound, count - before.getOrDefault(bound, 0.0)));
        double total = phase.isEmpty() ? 0 : phase.lastEntry().getValue();
        return new RelayLatency((long) total, percentile(phase, total, 0.50), percentile(phase, total, 0.99));
    }

    private static double percentile(TreeMap<Double, Double> cumulative, double total, double quantile) {
        for (Map.Entry<Double, Double> bucket : cumulative.entrySet()) {
            if (total > 0 && bucket.getValue() >= quantile * total) {
                return bucket.getKey() * 1000;
            }
        }
        return Double.NaN;
    }
}
