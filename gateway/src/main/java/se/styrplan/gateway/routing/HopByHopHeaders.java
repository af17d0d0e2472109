package se.styrplan.gateway.routing;

import java.util.List;

import io.vertx.core.MultiMap;

/**
 * Removes the headers that describe one connection and must not cross a proxy (RFC 9110 §7.6.1): the
 * standard ones and every header the Connection header names. vertx-http-proxy drops the standard ones from
 * requests only; this is applied to both directions.
 */
final class HopByHopHeaders {

    private static final List<String> STANDARD = List.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade");

    private HopByHopHeaders() {
    }

    static void strip(MultiMap headers) {
        for (String connection : headers.getAll("connection")) {
            for (String token : connection.split(",")) {
                String name = token.trim();
                if (!name.isEmpty()) {
                    headers.remove(name);
                }
            }
        }
        STANDARD.forEach(headers::remove);
    }
}
