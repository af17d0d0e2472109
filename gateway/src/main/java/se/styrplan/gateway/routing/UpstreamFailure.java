package se.styrplan.gateway.routing;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

import io.netty.channel.ConnectTimeoutException;

/**
 * Why a service gave no response, and what the caller is told: the status, the problem type and a detail that
 * names the service but never its host or port (the caller has no business knowing the inside).
 */
enum UpstreamFailure {

    /** Nobody listens (connection refused, unknown host, no route): the service is down or restarting. */
    UNREACHABLE(503, "unavailable", "Service unavailable", "%s is not reachable right now. Try again shortly."),
    /** The circuit breaker is open after repeated failures: answered without trying. */
    CIRCUIT_OPEN(503, "unavailable", "Service unavailable",
            "%s is temporarily unavailable after repeated failures. Try again in a few seconds."),
    /** No connection, or no response headers, within the configured time. */
    TIMEOUT(504, "gateway-timeout", "Gateway timeout", "%s did not answer in time."),
    /** The connection broke or the service answered something that is not HTTP. */
    BAD_RESPONSE(502, "bad-gateway", "Bad gateway", "%s gave no valid response.");

    final int status;
    final String kind;
    final String title;
    private final String detailFormat;

    UpstreamFailure(int status, String kind, String title, String detailFormat) {
        this.status = status;
        this.kind = kind;
        this.title = title;
        this.detailFormat = detailFormat;
    }

    String detail(String service) {
        return String.format(detailFormat, service);
    }

    /** Classifies what the HTTP client reported; the cause chain is searched because Vert.x wraps causes. */
    static UpstreamFailure classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // Netty's ConnectTimeoutException is a ConnectException, so timeouts are checked first
            if (t instanceof TimeoutException || t instanceof ConnectTimeoutException) {
                return TIMEOUT;
            }
            if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof NoRouteToHostException) {
                return UNREACHABLE;
            }
        }
        return BAD_RESPONSE;
    }
}
