package org.ponte.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.HdrHistogram.Histogram;
import org.bson.Document;
import org.ponte.localstack.StackConfig;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * From the 201 of an attendance to the moment reporting-service applied its event (the {@code appliedAt} its
 * projection records on first application), over the attendances of an open-loop run; {@code missing} were not
 * applied within two minutes of the run's end.
 */
record Freshness(long measured, long missing, double p50Ms, double p99Ms, double maxMs) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long STEP_MILLIS = 5000;

    static Freshness measure(StackConfig stack, OpenLoop.Outcome open, Consumer<String> progress) throws InterruptedException {
        Map<String, Long> waiting = new HashMap<>();
        for (OpenLoop.Answer answer : open.answers()) {
            waiting.put(JSON.readTree(answer.body()).get("id").asString(), answer.arrivedAtMillis());
        }
        progress.accept("freshness: waiting for reporting-service to apply " + waiting.size() + " attendances");
        Histogram freshness = new Histogram(TimeUnit.MINUTES.toMillis(10), 3);
        Map<Long, Histogram> byAnswerTime = new TreeMap<>();
        Map<Long, Integer> appliedByStep = new TreeMap<>();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        try (MongoClient mongo = MongoClients.create("mongodb://localhost:" + stack.mongoPort())) {
            MongoCollection<Document> facts = mongo.getDatabase("reporting").getCollection("attendance_facts");
            while (!waiting.isEmpty() && System.nanoTime() < deadline) {
                List<String> ids = new ArrayList<>(waiting.keySet());
                for (int from = 0; from < ids.size(); from += 1000) {
                    for (Document fact : facts.find(Filters.in("_id", ids.subList(from, Math.min(ids.size(), from + 1000))))
                            .projection(Projections.include("appliedAt"))) {
                        Long answered = waiting.remove(fact.getString("_id"));
                        if (answered != null && fact.getDate("appliedAt") != null) {
                            long applied = fact.getDate("appliedAt").getTime();
                            freshness.recordValue(Math.max(0, applied - answered));
                            byAnswerTime.computeIfAbsent(answered / STEP_MILLIS * STEP_MILLIS, step -> new Histogram(TimeUnit.MINUTES.toMillis(10), 2))
                                    .recordValue(Math.max(0, applied - answered));
                            appliedByStep.merge(applied / STEP_MILLIS * STEP_MILLIS, 1, Integer::sum);
                        }
                    }
                }
                Thread.sleep(200);
            }
        }
        // Where the time went: does freshness grow through the run (the projection slower than the arrivals) or jump
        // (a stall)? Printed only; the figures below are the run's.
        long first = byAnswerTime.keySet().stream().findFirst().orElse(0L);
        progress.accept("freshness by answer time, p99 per " + STEP_MILLIS / 1000 + " s: " + byAnswerTime.entrySet().stream()
                .map(step -> (step.getKey() - first) / 1000 + " s " + step.getValue().getValueAtPercentile(99) + " ms").toList());
        progress.accept("applied per " + STEP_MILLIS / 1000 + " s: " + appliedByStep.entrySet().stream()
                .map(step -> (step.getKey() - first) / 1000 + " s " + step.getValue()).toList());
        return new Freshness(freshness.getTotalCount(), waiting.size(), freshness.getValueAtPercentile(50),
                freshness.getValueAtPercentile(99), freshness.getMaxValue());
    }
}
