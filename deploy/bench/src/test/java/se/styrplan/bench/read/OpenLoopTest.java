package se.styrplan.bench.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/**
 * The open loop with the benchmark's Vert.x sender against a local HTTP server: every due request is sent and recorded,
 * failures are counted.
 */
class OpenLoopTest {

    HttpServer server;
    final AtomicInteger served = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/ok", exchange -> {
            served.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.createContext("/broken", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.start();
    }

    final VertxSender sender = new VertxSender();

    @AfterEach
    void stop() {
        sender.close();
        server.stop(0);
    }

    @Test
    void sendsEveryDueRequestAndRecordsEachLatency() {
        OpenLoop.Result result = new OpenLoop(sender).run("ok", request("/ok"), 200, Duration.ZERO,
                Duration.ofSeconds(1));
        assertThat(result.sent()).isEqualTo(200);
        assertThat(result.latencies().getTotalCount()).isEqualTo(200);
        assertThat(served.get()).isEqualTo(200);
        assertThat(result.errors()).isZero();
        assertThat(result.percentileMillis(50)).isPositive();
    }

    @Test
    void errorAnswersAreCountedAndFailTheBar() {
        OpenLoop.Result result = new OpenLoop(sender).run("broken", request("/broken"), 100, Duration.ZERO,
                Duration.ofMillis(500));
        assertThat(result.errors()).isEqualTo(50);
        assertThat(ReadLoadBenchmark.passes(result)).isFalse();
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path)).build();
    }
}
