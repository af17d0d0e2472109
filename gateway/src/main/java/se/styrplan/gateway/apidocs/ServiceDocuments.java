package se.styrplan.gateway.apidocs;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.vertx.http.HttpServer;
import se.styrplan.gateway.routing.Route;
import se.styrplan.gateway.routing.RouteTable;
import se.styrplan.gateway.routing.RoutesConfig;
import se.styrplan.platform.problem.ApiException;

/**
 * Each service's own OpenAPI document ({@code /q/openapi?format=json} on its configured URL; the gateway's from
 * itself), fetched in parallel and kept for {@link ApiDocsConfig#cacheFor()}. A service that does not answer is
 * served from its last good copy; without one, the caller gets a 503 problem naming the service. Only the
 * configured service URLs are ever fetched: nothing in a request chooses what the gateway fetches.
 */
@ApplicationScoped
public class ServiceDocuments {

    private static final Logger LOG = Logger.getLogger(ServiceDocuments.class);
    static final String GATEWAY = "gateway";

    private final RoutesConfig routes;
    private final ApiDocsConfig config;
    private final HttpServer server;
    private final ObjectMapper mapper;
    private final HttpClient http;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public ServiceDocuments(RoutesConfig routes, ApiDocsConfig config, HttpServer server, ObjectMapper mapper) {
        this.routes = routes;
        this.config = config;
        this.server = server;
        this.mapper = mapper;
        // HTTP/1.1, as the services speak it: the JDK client's default h2c upgrade once read a plain HTTP/1.1 answer as
        // an HTTP/2 frame ("Frame type(112) length(6517353) exceeds MAX_FRAME_SIZE") and the merged document was missing
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(config.fetchTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Every service's document with the prefixes the gateway routes to it, the gateway's own first. */
    public List<OpenApiMerger.ServiceDocument> all() {
        List<Source> sources = new ArrayList<>();
        sources.add(new Source(GATEWAY, URI.create("http://localhost:" + server.getPort()), List.of()));
        for (Route route : RouteTable.routes(routes)) {
            sources.add(new Source(route.service(), route.url(), route.prefixes()));
        }
        List<CompletableFuture<OpenApiMerger.ServiceDocument>> fetches = sources.stream()
                .map(source -> document(source).thenApply(doc -> new OpenApiMerger.ServiceDocument(source.name(), source.prefixes(), doc)))
                .toList();
        List<OpenApiMerger.ServiceDocument> documents = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < fetches.size(); i++) {
            OpenApiMerger.ServiceDocument doc = fetches.get(i).join();
            if (doc.document() == null) {
                missing.add(sources.get(i).name());
            } else {
                documents.add(doc);
            }
        }
        if (!missing.isEmpty()) {
            throw new ApiException(503, "unavailable", "Service unavailable", "The API description of "
                    + String.join(", ", missing) + " cannot be fetched right now. Try again shortly.");
        }
        return documents;
    }

    /** The source's document: fresh from the cache, fetched, or (when the fetch fails) the last good copy; null if none. */
    private CompletableFuture<ObjectNode> document(Source source) {
        Cached cached = cache.get(source.name());
        if (cached != null && cached.at().plus(config.cacheFor()).isAfter(Instant.now())) {
            return CompletableFuture.completedFuture(cached.document());
        }
        URI uri = source.url().resolve("/q/openapi?format=json");
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(config.fetchTimeout())
                .header("Accept", "application/json").GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).thenApply(response -> {
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode());
            }
            try {
                JsonNode parsed = mapper.readTree(response.body());
                if (!(parsed instanceof ObjectNode doc) || !doc.path("openapi").asText("").startsWith("3.")) {
                    throw new IllegalStateException("not an OpenAPI 3 document");
                }
                cache.put(source.name(), new Cached(doc, Instant.now()));
                return doc;
            } catch (IOException e) {
                throw new IllegalStateException("unreadable JSON", e);
            }
        }).exceptionally(failure -> {
            LOG.warnf("The OpenAPI document of %s could not be fetched (%s)%s", source.name(), failure.getMessage(),
                    cached != null ? "; serving the copy from " + cached.at() : "");
            return cached != null ? cached.document() : null;
        });
    }

    private record Source(String name, URI url, List<String> prefixes) {
    }

    private record Cached(ObjectNode document, Instant at) {
    }

}
