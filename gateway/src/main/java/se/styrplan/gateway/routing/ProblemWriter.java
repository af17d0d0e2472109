package se.styrplan.gateway.routing;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import se.styrplan.platform.problem.Problem;

/**
 * Writes the gateway's own errors on the Vert.x routes (outside Quarkus REST, so platform's mappers do not
 * apply) in the same RFC 9457 shape as every service: platform's {@link Problem} record, serialized by the
 * application's ObjectMapper.
 */
@ApplicationScoped
public class ProblemWriter {

    private final ObjectMapper mapper;

    public ProblemWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Answers with a problem+json (or breaks the connection when the response has already begun). */
    public void send(RoutingContext ctx, int status, String kind, String title, String detail) {
        HttpServerRequest request = ctx.request();
        HttpServerResponse response = ctx.response();
        if (response.closed() || response.ended()) {
            return;
        }
        if (response.headWritten()) {
            // too late for a problem body: the status line is out; breaking the connection is the only honest signal
            response.reset();
            return;
        }
        Problem problem = new Problem(URI.create(Problem.TYPE_BASE + kind), title, status, detail, request.path(),
                RequestIds.of(ctx), null);
        Buffer body;
        try {
            body = Buffer.buffer(mapper.writeValueAsBytes(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Problem is always serializable", e);
        }
        // an HTTP/1 request body still unread would otherwise have to be drained (up to 50 MB) to reuse the connection
        boolean closeAfter = unreadBody(request) && request.version() != HttpVersion.HTTP_2;
        if (closeAfter) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        response.end(body).onComplete(ar -> {
            if (closeAfter) {
                request.connection().close();
            }
        });
    }

    private static boolean unreadBody(HttpServerRequest request) {
        if (request.isEnded()) {
            return false;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return request.headers().contains(HttpHeaders.TRANSFER_ENCODING) || length != null && !"0".equals(length.trim());
    }

    void payloadTooLarge(RoutingContext ctx, long maxBodyBytes) {
        send(ctx, 413, "payload-too-large", "Payload too large",
                "The request body is larger than the gateway accepts (" + maxBodyBytes + " bytes).");
    }

    void send(RoutingContext ctx, UpstreamFailure failure, String service) {
        send(ctx, failure.status, failure.kind, failure.title, failure.detail(service));
    }
}
