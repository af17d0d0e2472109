package se.styrplan.faults.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.styrplan.faults.platform.Tokens;

/**
 * One scenario's import: its values as a series of bulk requests ({@code POST /api/indicators/bulk/values}, CSV),
 * spread over a given time so that the fault lands in the middle of it. A request that fails (the database
 * restarting, the service killed) is sent again, whole, until it succeeds: the bulk API is idempotent, so this is what
 * an integrating system does, and every value is sent exactly once as far as counting goes.
 */
public final class BulkImport implements Runnable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(10);

    private final HttpClient http;
    private final String indicatorUrl;
    private final Tokens tokens;
    private final List<String> bodies = new ArrayList<>();
    private final List<Integer> sizes = new ArrayList<>();
    private final int values;
    private final Duration spread;
    private final CountDownLatch[] started;
    private final CountDownLatch done = new CountDownLatch(1);
    private final Map<String, Integer> failures = new LinkedHashMap<>();
    private volatile String firstFailure;
    private volatile long delivered;
    private volatile long inserted;
    private volatile long rejected;
    private volatile int retries;
    private volatile double seconds;
    private volatile long endedAt;
    private volatile boolean gaveUp;

    public BulkImport(HttpClient http, String indicatorUrl, Tokens tokens, KeySpace space, int values, int batchSize, Duration spread,
            Random random) {
        this.http = http;
        this.indicatorUrl = indicatorUrl;
        this.tokens = tokens;
        this.values = values;
        this.spread = spread;
        for (int left = values; left > 0; left -= batchSize) {
            sizes.add(Math.min(batchSize, left));
            bodies.add(CsvBatch.render(space, space.take(Math.min(batchSize, left)), random));
        }
        started = new CountDownLatch[bodies.size()];
        for (int i = 0; i < started.length; i++) {
            started[i] = new CountDownLatch(1);
        }
    }

    public Thread startInBackground(String name) {
        Thread thread = new Thread(this, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    @Override
    public void run() {
        long begin = System.nanoTime();
        try {
            for (int i = 0; i < bodies.size(); i++) {
                started[i].countDown();
                send(bodies.get(i));
                if (gaveUp) {
                    return;
                }
                delivered += sizes.get(i);
                // paced: request i + 1 starts no earlier than (i + 1) / n of the spread
                long due = begin + spread.toNanos() * (i + 1) / bodies.size();
                long wait = due - System.nanoTime();
                if (wait > 0 && i + 1 < bodies.size()) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            endedAt = System.nanoTime();
            seconds = (endedAt - begin) / 1e9;
            for (CountDownLatch latch : started) {
                latch.countDown();
            }
            done.countDown();
        }
    }

    private void send(String body) throws InterruptedException {
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        while (true) {
            String failure;
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(indicatorUrl + "/api/indicators/bulk/values"))
                        .header("Authorization", "Bearer " + tokens.get()).header("Content-Type", "text/csv")
                        .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    JsonNode job = JSON.readTree(response.body());
                    inserted += job.path("inserted").asLong();
                    rejected += job.path("rejected").asLong();
                    return;
                }
                failure = "HTTP " + response.statusCode();
                if (firstFailure == null) {
                    firstFailure = failure + " " + response.body().substring(0, Math.min(300, response.body().length()));
                }
            } catch (java.io.IOException | RuntimeException e) {
                failure = e.getClass().getSimpleName();
                if (firstFailure == null) {
                    firstFailure = e.toString();
                }
            }
            synchronized (failures) {
                failures.merge(failure, 1, Integer::sum);
            }
            retries++;
            if (System.nanoTime() > deadline) {
                gaveUp = true;
                return;
            }
            Thread.sleep(1000);
        }
    }

    /** Waits until request {@code index} (0-based) has been started (or the import has ended). */
    public void awaitRequest(int index) throws InterruptedException {
        started[Math.min(index, started.length - 1)].await();
    }

    public boolean await(Duration timeout) throws InterruptedException {
        return done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public boolean isDone() {
        return done.getCount() == 0;
    }

    public int requests() {
        return bodies.size();
    }

    public int values() {
        return values;
    }

    /** Values of the requests that succeeded (each value once, however often its request was sent). */
    public long delivered() {
        return delivered;
    }

    /** Values the successful requests reported inserted (a retried request's earlier chunks count as unchanged). */
    public long inserted() {
        return inserted;
    }

    public long rejected() {
        return rejected;
    }

    public int retries() {
        return retries;
    }

    public Map<String, Integer> failures() {
        synchronized (failures) {
            return Map.copyOf(failures);
        }
    }

    /** The first failed attempt's answer (status and the start of its body), or null. */
    public String firstFailure() {
        return firstFailure;
    }

    /** System.nanoTime() when the last request was answered. */
    public long endedAt() {
        return endedAt;
    }

    public double seconds() {
        return seconds;
    }

    public boolean gaveUp() {
        return gaveUp;
    }
}
