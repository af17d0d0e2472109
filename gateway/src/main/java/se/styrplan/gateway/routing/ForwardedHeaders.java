package se.styrplan.gateway.routing;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;

/**
 * Tells a service who called the gateway, the way reverse proxies do: X-Forwarded-For gets the caller's
 * address appended, X-Forwarded-Proto the scheme the caller used, X-Forwarded-Host the Host it asked for (the
 * gateway's, never a caller-supplied one, so a service building links cannot be pointed elsewhere). A
 * caller's own Forwarded header is dropped so that it cannot contradict these.
 */
final class ForwardedHeaders {

    static final String FOR = "X-Forwarded-For";
    static final String PROTO = "X-Forwarded-Proto";
    static final String HOST = "X-Forwarded-Host";

    private ForwardedHeaders() {
    }

    static void apply(HttpServerRequest request, MultiMap headers) {
        String peer = request.remoteAddress() != null ? request.remoteAddress().hostAddress() : null;
        String earlier = headers.get(FOR);
        if (peer != null) {
            headers.set(FOR, earlier == null || earlier.isBlank() ? peer : earlier + ", " + peer);
        }
        headers.set(PROTO, RequestScheme.isSecure(request) ? "https" : "http");
        HostAndPort host = request.authority(); // the Host header, or :authority in HTTP/2
        if (host != null) {
            headers.set(HOST, host.toString());
        } else {
            headers.remove(HOST);
        }
        headers.remove("Forwarded");
    }
}
