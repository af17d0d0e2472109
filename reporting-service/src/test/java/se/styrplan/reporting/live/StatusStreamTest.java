package se.styrplan.reporting.live;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static se.styrplan.reporting.TestEvents.indicatorDefined;
import static se.styrplan.reporting.TestEvents.measurementsRecorded;
import static se.styrplan.reporting.TestEvents.yearly;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import se.styrplan.devstack.test.Tokens;
import se.styrplan.reporting.TestEvents;

/** A value event on the real broker reaches an open Server-Sent Events stream once its change is committed. */
@QuarkusTest
class StatusStreamTest {

    static final int YEAR = Year.now(ZoneId.of("Europe/Stockholm")).getValue();

    @Inject
    KafkaClientService kafka;

    @TestHTTPResource("/api/reports/stream")
    URL stream;

    @BeforeEach
    void consumersReady() {
        TestEvents.awaitConsumers(kafka);
    }

    @Test
    void aValueEventLeadsToAStreamedStatusChange() throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(stream.toString())).header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + Tokens.of("victor")).GET().build();
        CompletableFuture<Integer> status = new CompletableFuture<>();
        CompletableFuture<Void> open = http.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> {
                    status.complete(response.statusCode());
                    response.body().forEach(lines::add);
                });
        try {
            // the headers and a first comment come at once, before any change (a proxy waiting for them would give up)
            assertThat(status.get(10, TimeUnit.SECONDS)).isEqualTo(200);
            assertThat(lines.poll(10, TimeUnit.SECONDS)).isEqualTo(":connected");
            UUID indicator = UUID.randomUUID();
            indicatorDefined(indicator, "lower_is_better");
            measurementsRecorded(indicator, "lower_is_better", yearly(YEAR - 5, 4.0, 3.8, 3.5, 3.3, 3.0));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            String found = null;
            while (found == null && System.nanoTime() < deadline) {
                String line = lines.poll(500, TimeUnit.MILLISECONDS);
                if (line != null && line.startsWith("data:") && line.contains(indicator.toString()) && line.contains("\"trend\":\"improving\"")) {
                    found = line;
                }
            }
            assertThat(found).as("a streamed change of indicator %s to an improving trend", indicator).isNotNull();
            assertThat(found).contains("\"kind\":\"indicator\"").contains("\"status\":\"no_target\"");
        } finally {
            open.cancel(true);
        }
    }

    @TestHTTPResource("/open-data/stream")
    URL publicStream;

    @Test
    void thePublicStreamCarriesGoalChangesWithoutAToken() throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create(publicStream.toString())).header("Accept", "text/event-stream").GET().build();
        CompletableFuture<Integer> status = new CompletableFuture<>();
        CompletableFuture<Void> open = HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> {
                    status.complete(response.statusCode());
                    response.body().forEach(lines::add);
                });
        try {
            assertThat(status.get(10, TimeUnit.SECONDS)).isEqualTo(200);
            assertThat(lines.poll(10, TimeUnit.SECONDS)).isEqualTo(":connected");
            UUID indicator = UUID.randomUUID();
            UUID goal = UUID.randomUUID();
            indicatorDefined(indicator, "lower_is_better");
            se.styrplan.reporting.TestEvents.versionAdopted(UUID.randomUUID(), UUID.randomUUID(), 1,
                    java.util.List.of(se.styrplan.reporting.TestEvents.goal(goal, "g-" + goal, UUID.randomUUID(), "Publikt mål", 0, indicator)));
            measurementsRecorded(indicator, "lower_is_better", yearly(YEAR - 5, 4.0, 3.8, 3.5, 3.3, 3.0));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            String found = null;
            while (found == null && System.nanoTime() < deadline) {
                String line = lines.poll(500, TimeUnit.MILLISECONDS);
                if (line != null && line.startsWith("data:")) {
                    assertThat(line).as("only goal changes are public").contains("\"kind\":\"goal\"").doesNotContain(indicator.toString());
                    if (line.contains(goal.toString()) && line.contains("\"status\":\"on_track\"")) {
                        found = line;
                    }
                }
            }
            assertThat(found).as("a public goal change of %s to on_track", goal).isNotNull();
        } finally {
            open.cancel(true);
        }
    }

    @Test
    void theStreamNeedsAToken() {
        given().when().get("/api/reports/stream").then().statusCode(401).contentType("application/problem+json");
    }
}
