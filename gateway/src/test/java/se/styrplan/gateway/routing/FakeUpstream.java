package se.styrplan.gateway.routing;

import java.io.IOException;
import java.net.ServerSocket;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;

/**
 * A stand-in for one service: a plain Vert.x HTTP server on a fixed port (so it can be stopped and started
 * again where the gateway expects it). What it does depends on the path's last segment:
 * <ul>
 * <li>{@code echo}: streams the request body back as it arrives</li>
 * <li>{@code sha}: reads the body and answers its SHA-256 and length</li>
 * <li>{@code download?bytes=N}: streams N bytes of {@link #pattern}</li>
 * <li>{@code slow?ms=N}: answers after N ms</li>
 * <li>{@code probe}: reports its first body chunk, sends a first response chunk, then waits for the test</li>
 * <li>{@code broken}: closes the connection without answering</li>
 * <li>{@code /q/openapi}: its OpenAPI document, {@code fake-openapi/<name>.json} from the test resources (plan-service's
 * is its committed contract)</li>
 * <li>anything else: a JSON description of what arrived</li>
 * </ul>
 */
final class FakeUpstream {

    final String name;
    final int port;
    private final Vertx vertx;
    private HttpServer server;

    /** Completed when the probe request's first body chunk arrives. */
    volatile CompletableFuture<Void> probeFirstChunk = new CompletableFuture<>();
    /** Completed by the test to let the probe response end. */
    volatile CompletableFuture<Void> probeRelease = new CompletableFuture<>();

    FakeUpstream(Vertx vertx, String name) {
        this.vertx = vertx;
        this.name = name;
        this.port = freePort();
    }

    synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            server = vertx.createHttpServer().requestHandler(this::handle).listen(port, "localhost")
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("fake " + name + " could not listen on " + port, e);
        }
    }

    synchronized void stop() {
        if (server != null) {
            try {
                server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            server = null;
        }
    }

    String url() {
        return "http://localhost:" + port;
    }

    void resetProbe() {
        probeFirstChunk = new CompletableFuture<>();
        probeRelease = new CompletableFuture<>();
    }

    private void handle(HttpServerRequest request) {
        HttpServerResponse response = request.response();
        response.putHeader("X-Upstream", name);
        String path = request.path();
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (path.equals("/q/openapi")) {
            response.putHeader("Content-Type", "application/json").end(openApi());
            return;
        }
        switch (last) {
            case "echo" -> echo(request, response);
            case "sha" -> sha(request, response);
            case "download" -> download(request, response);
            case "slow" -> vertx.setTimer(Long.parseLong(param(request, "ms", "5000")),
                    id -> { if (!response.closed()) response.end("slow"); });
            case "probe" -> probe(request, response);
            case "broken" -> request.connection().close();
            default -> describe(request, response);
        }
    }

    private Buffer openApi() {
        try {
            if (name.equals("plan-service")) {
                return Buffer.buffer(java.nio.file.Files.readAllBytes(se.styrplan.devstack.test.TestStack.root()
                        .resolve("plan-service/src/main/openapi/plan-service.openapi.json")));
            }
            try (java.io.InputStream in = FakeUpstream.class.getResourceAsStream("/fake-openapi/" + name + ".json")) {
                return Buffer.buffer(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void echo(HttpServerRequest request, HttpServerResponse response) {
        response.setChunked(true);
        String type = request.getHeader("Content-Type");
        if (type != null) {
            response.putHeader("Content-Type", type);
        }
        request.pipeTo(response);
    }

    private void sha(HttpServerRequest request, HttpServerResponse response) {
        MessageDigest digest = sha256();
        long[] count = {0};
        request.handler(chunk -> {
            digest.update(chunk.getBytes());
            count[0] += chunk.length();
        });
        request.endHandler(v -> response.putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("sha256", HexFormat.of().formatHex(digest.digest()))
                        .put("bytes", count[0]).put("chunked", request.headers().contains("Transfer-Encoding"))
                        .encode()));
    }

    private void download(HttpServerRequest request, HttpServerResponse response) {
        long total = Long.parseLong(param(request, "bytes", "1024"));
        response.setChunked(true).putHeader("Content-Type", "application/octet-stream");
        writeChunks(response, 0, total);
    }

    private void writeChunks(HttpServerResponse response, long offset, long total) {
        long at = offset;
        while (at < total && !response.writeQueueFull()) {
            int size = (int) Math.min(64 * 1024, total - at);
            response.write(Buffer.buffer(pattern(at, size)));
            at += size;
        }
        if (at >= total) {
            response.end();
        } else {
            long next = at;
            response.drainHandler(v -> writeChunks(response, next, total));
        }
    }

    private void probe(HttpServerRequest request, HttpServerResponse response) {
        CompletableFuture<Void> firstChunk = probeFirstChunk;
        CompletableFuture<Void> release = probeRelease;
        request.handler(chunk -> firstChunk.complete(null));
        response.setChunked(true).write("first;");
        release.thenRun(() -> vertx.runOnContext(v -> response.end("last")));
    }

    private void describe(HttpServerRequest request, HttpServerResponse response) {
        request.body().onSuccess(body -> {
            JsonObject seen = new JsonObject()
                    .put("upstream", name)
                    .put("method", request.method().name())
                    .put("uri", request.uri())
                    .put("body", body.toString())
                    .put("authorization", request.getHeader("Authorization"))
                    .put("requestId", request.getHeader("X-Request-Id"))
                    .put("forwardedFor", request.getHeader("X-Forwarded-For"))
                    .put("forwardedProto", request.getHeader("X-Forwarded-Proto"))
                    .put("forwardedHost", request.getHeader("X-Forwarded-Host"))
                    .put("host", request.getHeader("Host"));
            JsonObject headers = new JsonObject();
            request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
            seen.put("headers", headers);
            // every value, where a header may come twice (a second trace context would win or lose by order)
            seen.put("traceparents", new io.vertx.core.json.JsonArray(request.headers().getAll("traceparent")));
            response.putHeader("Content-Type", "application/json")
                    // what a service might send and the gateway must override or drop
                    .putHeader("X-Frame-Options", "SAMEORIGIN")
                    .putHeader("X-Request-Id", "upstream-made-up-id")
                    .putHeader("Connection", "X-Internal-Hop")
                    .putHeader("X-Internal-Hop", "secret")
                    .putHeader("Keep-Alive", "timeout=5")
                    .end(seen.encode());
        });
    }

    /** Deterministic content, so each side can check every byte without keeping a copy. */
    static byte[] pattern(long offset, int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            long at = offset + i;
            bytes[i] = (byte) ((at * 31 + (at >>> 8)) & 0xff);
        }
        return bytes;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String param(HttpServerRequest request, String name, String fallback) {
        String value = request.getParam(name);
        return value != null ? value : fallback;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
