package org.ponte.benchmarks;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Requests at a constant arrival rate, whatever the answers take (an open loop): request {@code i} is due at
 * {@code start + i / rate}, and its latency is measured from that moment, not from when it could be sent, so a
 * slow server cannot hide its latency by slowing the clients down (no coordinated omission).
 */
final class OpenLoop {

    /** What the run saw: latencies in microseconds, and every answer with the moment it arrived. */
    record Outcome(int rate, double seconds, long sent, long answered, long failed, Map<String, Long> failures,
                   Histogram latencyMicros, ConcurrentLinkedQueue<Answer> answers) {

        double achievedRate() {
            return answered / seconds;
        }
    }

    /** One expected answer: its body, and when it arrived (epoch milliseconds). */
    record Answer(String body, long arrivedAtMillis) {
    }

    private OpenLoop() {
    }

    static Outcome run(HttpClient http, int rate, Duration duration, int expectedStatus, IntFunction<HttpRequest> request,
                       Consumer<String> progress) {
        return run(http, rate, duration, expectedStatus, request, progress, () -> false);
    }

    /** The same, ending early (after the request due next) once {@code enough} says so; at most {@code duration}. */
    static Outcome run(HttpClient http, int rate, Duration duration, int expectedStatus, IntFunction<HttpRequest> request,
                       Consumer<String> progress, BooleanSupplier enough) {
        long planned = rate * duration.toSeconds();
        long period = TimeUnit.SECONDS.toNanos(1) / rate;
        Recorder recorder = new Recorder(TimeUnit.MINUTES.toMicros(2), 3);
        Histogram all = new Histogram(TimeUnit.MINUTES.toMicros(2), 3);
        AtomicLong answered = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        Map<String, Long> failures = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        // Only the calls still open: a finished one holds its whole response, and keeping every one of them ran the
        // load generator out of heap three minutes into the full webhook-down run.
        Set<CompletableFuture<?>> inFlight = ConcurrentHashMap.newKeySet();
        long sent = 0;
        long start = System.nanoTime();
        long nextReport = start + TimeUnit.SECONDS.toNanos(1);
        for (int i = 0; i < planned && !enough.getAsBoolean(); i++) {
            long due = start + i * period;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            CompletableFuture<?> call = http.sendAsync(request.apply(i), HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                long micros = TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - due);
                recorder.recordValue(Math.min(micros, TimeUnit.MINUTES.toMicros(2)));
                if (error == null && response.statusCode() == expectedStatus) {
                    answered.incrementAndGet();
                    answers.add(new Answer(response.body(), System.currentTimeMillis()));
                } else {
                    failed.incrementAndGet();
                    // Why, as a status or the kind of error: a benchmark that fails should say how.
                    failures.merge(error == null ? "HTTP " + response.statusCode() : rootCause(error).getClass().getSimpleName(), 1L, Long::sum);
                }
            });
            inFlight.add(call);
            call.whenComplete((response, error) -> inFlight.remove(call)); // at once if it has finished already
            sent++;
            if (System.nanoTime() >= nextReport) {
                Histogram second = recorder.getIntervalHistogram();
                all.add(second);
                progress.accept("%d s of %d  sent %d  answered %d  failed %d  p99 this second %.1f ms".formatted(
                        TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start), duration.toSeconds(), i + 1, answered.get(),
                        failed.get(), second.getValueAtPercentile(99) / 1000.0));
                nextReport += TimeUnit.SECONDS.toNanos(1);
            }
        }
        try {
            CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
        } catch (Exception stillWaiting) {
            // Whatever has not answered by now counts as failed below.
        }
        all.add(recorder.getIntervalHistogram());
        double seconds = (System.nanoTime() - start) / 1e9;
        long total = sent;
        long unanswered = total - answered.get() - failed.get();
        if (unanswered > 0) {
            failures.merge("no answer in time", unanswered, Long::sum);
        }
        return new Outcome(rate, seconds, total, answered.get(), total - answered.get(), Map.copyOf(failures), all, answers);
    }

    private static Throwable rootCause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
