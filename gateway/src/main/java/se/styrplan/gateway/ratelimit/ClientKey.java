package se.styrplan.gateway.ratelimit;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;

/**
 * Who a request counts against. A bearer token's issuer and subject, read without checking the signature: the key
 * only picks a bucket, and a forged token is refused by the services (and the per-address limit still counts it).
 * A browser's session cookie is encrypted, so sessions, like anonymous callers, count by address.
 */
final class ClientKey {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_TOKEN = 16 * 1024;

    private ClientKey() {
    }

    static String of(HttpServerRequest request) {
        String subject = bearerSubject(request.getHeader(HttpHeaders.AUTHORIZATION));
        return subject != null ? "sub:" + subject : "addr:" + address(request);
    }

    static String address(HttpServerRequest request) {
        // with quarkus.http.proxy.proxy-address-forwarding behind a trusted proxy, this is the forwarded address
        return request.remoteAddress() != null ? request.remoteAddress().hostAddress() : "unknown";
    }

    static String bearerSubject(String authorization) {
        if (authorization == null || authorization.length() > MAX_TOKEN
                || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String[] parts = authorization.substring(7).trim().split("\\.");
        if (parts.length < 2) {
            return null;
        }
        try {
            JsonNode claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            String subject = claims.path("sub").asText("");
            if (subject.isEmpty()) {
                subject = claims.path("azp").asText("");
            }
            return subject.isEmpty() ? null : claims.path("iss").asText("") + "|" + subject;
        } catch (Exception e) {
            return null; // not a JWT: it will be refused; count it by address
        }
    }
}
