package se.styrplan.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static se.styrplan.gateway.routing.Callers.signedIn;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Under overload callers give up while their exchanges wait for one of the pool's connections to a slow service.
 * When such an exchange gets its connection later, it must hand it straight back: before, it kept it for good, and
 * once the pool was used up that way the service was unreachable through the gateway (504 after the pool's wait)
 * while it answered everyone who called it directly.
 */
@QuarkusTest
@TestProfile(FakeUpstreamsProfile.class)
class CallersGivingUpTest {

    @TestHTTPResource("/api/plan/slow")
    URI slow;

    @ConfigProperty(name = "styrplan.routes.max-connections")
    int poolSize;

    @Test
    void connectionsOfCallersWhoGaveUpReturnToThePool() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<CompletableFuture<?>> calls = new ArrayList<>();
        // patient callers take every pooled connection for 1.2 s ...
        HttpRequest patient = request("?ms=1200", Duration.ofSeconds(10));
        for (int i = 0; i < poolSize; i++) {
            calls.add(client.sendAsync(patient, HttpResponse.BodyHandlers.discarding()));
        }
        Thread.sleep(300);
        // ... while as many impatient ones queue for a connection and give up after 200 ms
        HttpRequest impatient = request("?ms=10", Duration.ofMillis(200));
        for (int i = 0; i < poolSize + 10; i++) {
            calls.add(client.sendAsync(impatient, HttpResponse.BodyHandlers.discarding()));
        }
        calls.forEach(call -> call.handle((r, e) -> null).join());
        Thread.sleep(1500); // the queued exchanges have got their connections (the pool's wait is 2 s)

        for (int i = 0; i < 5; i++) {
            long started = System.nanoTime();
            signedIn().when().get("/api/plan/plans").then().statusCode(200);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("served without waiting for a pooled connection")
                    .isLessThan(Duration.ofSeconds(1));
        }
    }

    private HttpRequest request(String query, Duration timeout) {
        return HttpRequest.newBuilder(URI.create(slow + query)).header("Authorization", Callers.bearer()).timeout(timeout).GET()
                .build();
    }
}
