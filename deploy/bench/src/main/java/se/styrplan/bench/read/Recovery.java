package se.styrplan.bench.read;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Waits, before a step of the benchmark, until its request is answered with 200 again: after an overloaded step the
 * service may still be working off its queue, and the gateway keeps its circuit to the service open for a while.
 * Says how long that took, and goes on (the step then measures what it finds) if it never recovers.
 */
final class Recovery {

    private static final Duration PAUSE = Duration.ofMillis(500);

    private final HttpClient client;
    private final Duration limit;

    Recovery(HttpClient client, Duration limit) {
        this.client = client;
        this.limit = limit;
    }

    void await(String target, HttpRequest request) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        int failures = 0;
        while (!answers(request)) {
            failures++;
            if (System.nanoTime() > deadline) {
                System.out.printf("%-22s still not answering 200 after %d s; measuring anyway%n", target, limit.toSeconds());
                return;
            }
            Thread.sleep(PAUSE.toMillis());
        }
        if (failures > 0) {
            System.out.printf("%-22s answered again after %.1f s%n", target, (System.nanoTime() - start) / 1e9);
        }
    }

    private boolean answers(HttpRequest request) throws InterruptedException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }
}
