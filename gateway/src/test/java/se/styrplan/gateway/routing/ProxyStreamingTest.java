package se.styrplan.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;

/**
 * Bodies stream through the proxy in both directions: large ones arrive intact, and the first bytes reach the
 * other side before the last ones are even sent (which buffering could not do).
 */
@QuarkusTest
@TestProfile(FakeUpstreamsProfile.class)
class ProxyStreamingTest {

    private static final int MB = 1024 * 1024;

    private static Vertx vertx;
    private static io.vertx.core.http.HttpClient client;

    FakeUpstreams upstreams;

    @TestHTTPResource("/")
    URL gateway;

    @BeforeAll
    static void startClient() {
        vertx = Vertx.vertx();
        client = vertx.createHttpClient();
    }

    @AfterAll
    static void stopClient() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void twentyMegabytesStreamUpAndBackChunked() throws Exception {
        long size = 20L * MB;
        HttpClientRequest request = await(client.request(options(HttpMethod.POST, "/api/indicators/imports/echo")));
        request.setChunked(true).putHeader("Content-Type", "application/octet-stream");
        CompletableFuture<String> received = new CompletableFuture<>();
        request.response().onSuccess(response -> digestBody(response, received)).onFailure(received::completeExceptionally);
        writePattern(request, size);

        assertThat(received.get(60, TimeUnit.SECONDS)).isEqualTo("200:" + size + ":" + patternSha(size));
    }

    @Test
    void twentyMegabytesWithContentLengthArriveIntact() throws Exception {
        long size = 20L * MB;
        HttpClientRequest request = await(client.request(options(HttpMethod.PUT, "/api/indicators/imports/sha")));
        request.putHeader("Content-Length", Long.toString(size));
        CompletableFuture<StatusAndBody> answer = statusAndBody(request);
        writePattern(request, size);
        JsonObject result = answer.get(60, TimeUnit.SECONDS).json();

        assertThat(answer.get().status()).isEqualTo(200);
        assertThat(result.getLong("bytes")).isEqualTo(size);
        assertThat(result.getString("sha256")).isEqualTo(patternSha(size));
        assertThat(result.getBoolean("chunked")).isFalse();
    }

    @Test
    void twentyMegabyteDownloadStreamsIntact() throws Exception {
        long size = 20L * MB;
        HttpClientRequest request = await(client.request(options(HttpMethod.GET, "/open-data/download?bytes=" + size)));
        CompletableFuture<String> received = new CompletableFuture<>();
        request.response().onSuccess(response -> digestBody(response, received)).onFailure(received::completeExceptionally);
        request.end();

        assertThat(received.get(60, TimeUnit.SECONDS)).isEqualTo("200:" + size + ":" + patternSha(size));
    }

    @Test
    void firstBytesPassBeforeTheLastAreSent() throws Exception {
        FakeUpstream plan = upstreams.plan;
        plan.resetProbe();
        HttpClientRequest request = await(client.request(options(HttpMethod.POST, "/api/plan/proposals/probe")));
        request.setChunked(true);
        CompletableFuture<String> firstResponseChunk = new CompletableFuture<>();
        CompletableFuture<String> wholeResponse = new CompletableFuture<>();
        request.response().onSuccess(response -> {
            StringBuilder all = new StringBuilder();
            response.handler(chunk -> {
                firstResponseChunk.complete(chunk.toString());
                all.append(chunk);
            });
            response.endHandler(v -> wholeResponse.complete(all.toString()));
        });

        request.write(Buffer.buffer(FakeUpstream.pattern(0, 64 * 1024)));
        // upstream direction: the service sees the first chunk while the request is still open
        plan.probeFirstChunk.get(10, TimeUnit.SECONDS);
        // downstream direction: the caller sees the service's first chunk while the response is still open
        assertThat(firstResponseChunk.get(10, TimeUnit.SECONDS)).startsWith("first;");
        assertThat(wholeResponse).isNotDone();

        plan.probeRelease.complete(null);
        request.end();
        assertThat(wholeResponse.get(10, TimeUnit.SECONDS)).isEqualTo("first;last");
    }

    @Test
    void expectContinueIsAnsweredAndTheBodyFollows() throws Exception {
        byte[] body = FakeUpstream.pattern(0, 3 * MB);
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build().send(
                HttpRequest.newBuilder(gateway.toURI().resolve("/api/indicators/imports/sha")).expectContinue(true)
                        .header("Authorization", Callers.bearer())
                        .timeout(Duration.ofSeconds(20))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new JsonObject(response.body()).getLong("bytes")).isEqualTo(body.length);
    }

    @Test
    void declaredBodyOverTheLimitIsRefusedWithProblem() throws Exception {
        HttpClientRequest request = await(client.request(options(HttpMethod.POST, "/api/indicators/imports/sha")));
        request.putHeader("Content-Length", Long.toString(51L * MB))
                .exceptionHandler(e -> { /* the gateway closes the connection after its answer */ });
        CompletableFuture<StatusAndBody> answer = statusAndBody(request);
        request.sendHead();
        StatusAndBody response = answer.get(30, TimeUnit.SECONDS);
        JsonObject problem = response.json();

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.headers().get("Content-Type")).isEqualTo("application/problem+json");
        assertThat(problem.getString("type")).isEqualTo("https://styrplan.se/problems/payload-too-large");
        assertThat(problem.getString("requestId")).isEqualTo(response.headers().get("X-Request-Id"));
    }

    @Test
    void chunkedBodyOverTheLimitIsCutOffWithProblem() throws Exception {
        HttpClientRequest request = await(client.request(options(HttpMethod.POST, "/api/indicators/imports/sha")));
        request.setChunked(true).exceptionHandler(e -> { /* the gateway closes the connection after its answer */ });
        CompletableFuture<StatusAndBody> answer = statusAndBody(request);
        writePattern(request, 52L * MB).onFailure(e -> { /* the gateway may close while we still write */ });
        StatusAndBody response = answer.get(30, TimeUnit.SECONDS);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().getString("type")).isEqualTo("https://styrplan.se/problems/payload-too-large");
    }

    record StatusAndBody(int status, io.vertx.core.MultiMap headers, Buffer body) {
        JsonObject json() {
            return body.toJsonObject();
        }
    }

    /** The response with its whole body, read as it arrives (a body not consumed at once would be lost). */
    private static CompletableFuture<StatusAndBody> statusAndBody(HttpClientRequest request) {
        return request.response()
                .compose(r -> r.body().map(b -> new StatusAndBody(r.statusCode(), r.headers(), b)))
                .toCompletionStage().toCompletableFuture();
    }

    private RequestOptions options(HttpMethod method, String path) {
        return new RequestOptions().setMethod(method).setHost(gateway.getHost()).setPort(gateway.getPort()).setURI(path)
                .putHeader("Authorization", Callers.bearer());
    }

    /** Writes {@link FakeUpstream#pattern} with back-pressure and ends the request. */
    private static io.vertx.core.Future<Void> writePattern(HttpClientRequest request, long size) {
        io.vertx.core.Promise<Void> done = io.vertx.core.Promise.promise();
        vertx.runOnContext(v -> writeFrom(request, 0, size, done));
        return done.future();
    }

    private static void writeFrom(HttpClientRequest request, long offset, long size, io.vertx.core.Promise<Void> done) {
        long at = offset;
        try {
            while (at < size && !request.writeQueueFull()) {
                int chunk = (int) Math.min(256 * 1024, size - at);
                request.write(Buffer.buffer(FakeUpstream.pattern(at, chunk)));
                at += chunk;
            }
            if (at >= size) {
                request.end().onComplete(done);
            } else {
                long next = at;
                request.drainHandler(x -> writeFrom(request, next, size, done));
            }
        } catch (RuntimeException e) {
            done.tryFail(e);
        }
    }

    private static void digestBody(HttpClientResponse response, CompletableFuture<String> result) {
        MessageDigest digest = FakeUpstream.sha256();
        long[] count = {0};
        response.handler(chunk -> {
            digest.update(chunk.getBytes());
            count[0] += chunk.length();
        });
        response.exceptionHandler(result::completeExceptionally);
        response.endHandler(v -> result.complete(response.statusCode() + ":" + count[0] + ":"
                + HexFormat.of().formatHex(digest.digest())));
    }

    private static String patternSha(long size) {
        MessageDigest digest = FakeUpstream.sha256();
        for (long at = 0; at < size; at += MB) {
            digest.update(FakeUpstream.pattern(at, (int) Math.min(MB, size - at)));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static <T> T await(io.vertx.core.Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
}
