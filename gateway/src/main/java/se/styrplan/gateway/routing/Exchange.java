package se.styrplan.gateway.routing;

import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;

import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

/**
 * One request forwarded to one service, from connecting to relaying the response. vertx-http-proxy's
 * ProxyRequest/ProxyResponse copy the headers and pipe both bodies with back-pressure, so nothing is buffered;
 * this class owns what the proxy's own handler would decide for us: the connect and response timeouts, the
 * body size cap, the circuit breaker's bookkeeping and the problem+json answer when the service gives none.
 * <p>
 * Every callback runs on the request's event loop, so the fields need no locking.
 */
final class Exchange {

    private static final Logger LOG = Logger.getLogger(Exchange.class);
    /** W3C trace context headers. */
    private static final String TRACEPARENT = "traceparent";
    private static final String TRACESTATE = "tracestate";

    private final RoutingContext ctx;
    private final HttpServerRequest request;
    private final Route route;
    private final CircuitBreaker breaker;
    private final HttpClient client;
    private final ProxySettings settings;
    private final ProblemWriter problems;

    private ProxyRequest proxyRequest;
    private HttpClientRequest upstream;
    private boolean responded;
    private boolean timedOut;
    private boolean tooLarge;
    private long responseTimer = -1;

    Exchange(RoutingContext ctx, Route route, CircuitBreaker breaker, HttpClient client, ProxySettings settings,
            ProblemWriter problems) {
        this.ctx = ctx;
        this.request = ctx.request();
        this.route = route;
        this.breaker = breaker;
        this.client = client;
        this.settings = settings;
        this.problems = problems;
    }

    void start() {
        // a caller who gives up (a client timeout under load) frees the service's connection at once, whatever the
        // exchange was waiting for: a pooled connection, the request body, or the answer
        ctx.response().closeHandler(closed -> {
            if (upstream != null && !responded) {
                upstream.reset();
            }
        });
        proxyRequest = ProxyRequest.reverseProxy(request); // pauses the body until the service is connected
        // the path the router matched (dot segments resolved), so a service never sees a path the gateway did not route
        String query = request.query();
        proxyRequest.setURI(ctx.normalizedPath() + (query != null ? "?" + query : ""));
        HopByHopHeaders.strip(proxyRequest.headers());
        if (settings.traced()) {
            // the client's instrumentation adds the context of the gateway's own span; the caller's copied one would
            // come first, and the service would hang its spans under the caller, skipping the gateway (seen in e2e)
            proxyRequest.headers().remove(TRACEPARENT).remove(TRACESTATE);
        }
        // after stripping, so a caller cannot name these in Connection to suppress them
        ForwardedHeaders.apply(request, proxyRequest.headers());
        // a browser's session becomes a bearer token for the service; its cookies stay here
        TokenRelay.apply(ctx, proxyRequest.headers());
        proxyRequest.headers().set(RequestIds.HEADER, RequestIds.of(ctx));
        // the gateway answers Expect itself (below), once it knows the service is there
        proxyRequest.headers().remove(HttpHeaders.EXPECT);
        Body body = proxyRequest.getBody();
        proxyRequest.setBody(Body.body(
                new ObservedBody(body.stream(), settings.maxBodyBytes(), this::bodyTooLarge, this::bodySent),
                body.length()));

        RequestOptions target = new RequestOptions()
                .setHost(route.host()).setPort(route.port()).setSsl(route.ssl())
                .setConnectTimeout(settings.connectTimeoutMillis());
        client.request(target).onComplete(ar -> {
            if (ar.succeeded()) {
                send(ar.result());
            } else {
                failed(ar.cause());
            }
        });
    }

    private void send(HttpClientRequest connected) {
        upstream = connected;
        if (ctx.response().closed()) {
            // the caller gave up while this waited for a connection: give the connection back at once
            connected.reset();
            return;
        }
        // failures surface through the response future (below); without a handler Vert.x would also log them as errors
        upstream.exceptionHandler(e -> LOG.debugf("%s %s -> %s: %s", request.method(), request.path(), route.service(), e));
        upstream.response().onComplete(ar -> {
            responded = true;
            cancelResponseTimer();
        });
        if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
            ctx.response().writeContinue();
        }
        proxyRequest.send(upstream).onComplete(ar -> {
            if (ar.succeeded()) {
                relay(ar.result());
            } else {
                failed(ar.cause());
            }
        });
    }

    private void relay(ProxyResponse response) {
        breaker.onSuccess();
        HopByHopHeaders.strip(response.headers());
        response.send().onFailure(e -> {
            LOG.debugf("%s %s: response to the caller broke off: %s", request.method(), request.path(), e);
            // the rest of the service's answer would never be read, and its pooled connection never freed
            upstream.reset();
        });
    }

    /** The whole body is with the service: from now on it has the response timeout to start answering. */
    private void bodySent() {
        if (!responded && upstream != null && responseTimer < 0) {
            responseTimer = ctx.vertx().setTimer(settings.responseTimeoutMillis(), id -> {
                responseTimer = -1;
                if (!responded) {
                    timedOut = true;
                    upstream.reset(0, new TimeoutException("no response headers in time"));
                }
            });
        }
    }

    private void bodyTooLarge() {
        tooLarge = true;
        if (upstream != null) {
            upstream.reset();
        }
    }

    private void cancelResponseTimer() {
        if (responseTimer >= 0) {
            ctx.vertx().cancelTimer(responseTimer);
            responseTimer = -1;
        }
    }

    private void failed(Throwable cause) {
        cancelResponseTimer();
        if (upstream != null) {
            upstream.reset(); // whatever failed, the connection is not left half used in the pool (no-op once done)
        }
        if (tooLarge) {
            problems.payloadTooLarge(ctx, settings.maxBodyBytes());
            return;
        }
        if (ctx.response().closed()) {
            // the caller went away: says nothing about the service, so the breaker is left alone
            LOG.debugf("%s %s: caller gone before %s answered", request.method(), request.path(), route.service());
            return;
        }
        UpstreamFailure failure = timedOut ? UpstreamFailure.TIMEOUT : UpstreamFailure.classify(cause);
        breaker.onFailure();
        LOG.warnf("%s %s -> %s: %s (%s)", request.method(), request.path(), route.service(), failure, cause);
        problems.send(ctx, failure, route.service());
    }
}
