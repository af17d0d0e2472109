package se.styrplan.bench.read;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Sends requests at a fixed rate, whatever the server does (an open loop, like wrk2): request i is due at
 * {@code start + i / rate}, and its latency runs from that due time, not from when it was actually sent. A server
 * that stalls therefore shows its stall in every request that should have gone out meanwhile, instead of hiding it
 * by slowing the sender down (coordinated omission).
 */
final class OpenLoop {

    /** What one run measured. */
    record Result(String target, int rate, Histogram latencies, long sent, long errors, double seconds,
            Map<Integer, Long> errorStatuses, String firstFailure) {

        double achievedRate() {
            return latencies.getTotalCount() / seconds;
        }

        double percentileMillis(double percentile) {
            return latencies.getValueAtPercentile(percentile) / 1_000.0;
        }
    }

    /** Sends one request and completes with the answer's status once its body has arrived, or fails. */
    interface Sender {
        CompletionStage<Integer> status(HttpRequest request);
    }

    private final Sender sender;
    private final LongSupplier clock;

    OpenLoop(Sender sender) {
        this(sender, System::nanoTime);
    }

    OpenLoop(Sender sender, LongSupplier clock) {
        this.sender = sender;
        this.clock = clock;
    }

    /** Runs {@code request} at {@code rate} per second: first {@code warmup} unrecorded, then {@code duration} recorded. */
    Result run(String target, HttpRequest request, int rate, Duration warmup, Duration duration) {
        pace(request, rate, warmup, new Recorder(3));
        Recorder recorder = new Recorder(3);
        AtomicLong errors = new AtomicLong();
        Map<Integer, Long> statuses = new ConcurrentHashMap<>();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        long sent = pace(request, rate, duration, recorder, errors, statuses, firstFailure);
        Histogram latencies = recorder.getIntervalHistogram();
        return new Result(target, rate, latencies, sent, errors.get(), duration.toNanos() / 1e9, new TreeMap<>(statuses), firstFailure.get());
    }

    private long pace(HttpRequest request, int rate, Duration duration, Recorder recorder) {
        return pace(request, rate, duration, recorder, new AtomicLong(), new ConcurrentHashMap<>(), new AtomicReference<>());
    }

    private long pace(HttpRequest request, int rate, Duration duration, Recorder recorder, AtomicLong errors,
            Map<Integer, Long> statuses, AtomicReference<String> firstFailure) {
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = clock.getAsLong();
        long count = duration.toNanos() / interval;
        ConcurrentLinkedQueue<CompletableFuture<?>> pending = new ConcurrentLinkedQueue<>();
        for (long i = 0; i < count; i++) {
            long due = start + i * interval;
            long wait = due - clock.getAsLong();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            pending.add(sender.status(request).toCompletableFuture().whenComplete((status, failure) -> {
                long micros = Math.max(0, (clock.getAsLong() - due) / 1_000);
                recorder.recordValue(micros);
                if (failure != null || status >= 400) {
                    errors.incrementAndGet();
                    statuses.merge(failure != null ? 0 : status, 1L, Long::sum); // 0: no answer
                    if (failure != null) {
                        firstFailure.compareAndSet(null, String.valueOf(failure instanceof CompletionException c ? c.getCause() : failure));
                    }
                }
            }));
            if (pending.size() > 4 * rate) {
                pending.removeIf(CompletableFuture::isDone);
            }
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        return count;
    }
}
