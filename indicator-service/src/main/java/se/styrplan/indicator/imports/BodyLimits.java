package se.styrplan.indicator.imports;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import se.styrplan.platform.problem.Problem;

/**
 * Request body limits by path: the streamed import endpoints take bodies up to {@code quarkus.http.limits.max-body-size}
 * (they never hold them whole), every other endpoint at most {@code styrplan.http.max-json-body-size}: a JSON body is
 * read into memory before it is checked, so its limit stays small. Runs right after Quarkus's own limit.
 */
@ApplicationScoped
public class BodyLimits {

    static final Set<String> STREAMED = Set.of("/api/indicators/bulk/values", "/api/indicators/imports/files");

    @ConfigProperty(name = "styrplan.http.max-json-body-size", defaultValue = "10M")
    MemorySize jsonLimit;

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(this::limit);
    }

    private void limit(RoutingContext context) {
        if (STREAMED.contains(context.normalizedPath())) {
            context.next();
            return;
        }
        long limit = jsonLimit.asLongValue();
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                declared = 0; // Vert.x refuses a malformed length itself
            }
            if (declared > limit) {
                context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end("{\"type\":\"" + Problem.TYPE_BASE + "too-large\",\"title\":\"Payload too large\",\"status\":413,"
                                + "\"detail\":\"The body is larger than " + limit + " bytes; large loads go to the bulk API\"}");
                return;
            }
        } else {
            context.put(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY, limit);
        }
        context.next();
    }
}
