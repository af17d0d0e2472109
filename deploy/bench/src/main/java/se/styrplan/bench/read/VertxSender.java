package se.styrplan.bench.read;

import java.net.http.HttpRequest;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

/**
 * Sends the open loop's requests with Vert.x's HTTP client on one event loop, keeping its connections alive. It shares
 * the machine with what it measures, so it has to be cheap: the JDK's {@code HttpClient} cost 0.8–1.5 ms of CPU per
 * request here, as much as the gateway and the service together; an event loop over Netty costs a fraction of that.
 */
final class VertxSender implements OpenLoop.Sender, AutoCloseable {

    private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
    private final HttpClient client = vertx.createHttpClient(
            new HttpClientOptions().setKeepAlive(true).setConnectTimeout(5_000).setTcpNoDelay(true),
            new PoolOptions().setHttp1MaxSize(512).setMaxWaitQueueSize(-1));
    private final Map<HttpRequest, RequestOptions> options = new ConcurrentHashMap<>();

    @Override
    public CompletionStage<Integer> status(HttpRequest request) {
        RequestOptions sent = new RequestOptions(options.computeIfAbsent(request, VertxSender::optionsOf));
        return client.request(sent)
                .compose(r -> r.send())
                .compose(VertxSender::drained)
                .toCompletionStage();
    }

    /** The status once the whole body has arrived (read, then dropped: only its arrival counts). */
    private static io.vertx.core.Future<Integer> drained(HttpClientResponse response) {
        return response.body().map(body -> response.statusCode());
    }

    private static RequestOptions optionsOf(HttpRequest request) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.valueOf(request.method()))
                .setAbsoluteURI(request.uri().toString()).setIdleTimeout(TimeUnit.SECONDS.toMillis(30));
        request.headers().map().forEach((name, values) -> values.forEach(value -> options.addHeader(name, value)));
        return options;
    }

    @Override
    public void close() {
        client.close().toCompletionStage().toCompletableFuture().join();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}
