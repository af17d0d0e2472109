package se.styrplan.gateway.apidocs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Merges the services' OpenAPI documents into the one document an integrating department generates its client
 * from. Pure: JSON in, JSON out.
 * <ul>
 * <li>Paths: only those the gateway routes to that service (see {@link ServiceDocument#prefixes()}); the others
 * cannot be reached through the gateway. The gateway's own document has no prefixes: all of its paths count.</li>
 * <li>Components: a name that two services define differently is renamed for the later one
 * ({@code IndicatorServiceProblem}) and its {@code $ref}s are rewritten; identical definitions are shared.</li>
 * <li>operationIds stay unique (a clash gets the service's name in front), so generated method names do too.</li>
 * <li>Servers: only the gateway's public URL. Security: Keycloak's OpenID Connect discovery and plain bearer
 * tokens, either one on every operation that asked for a sign-in.</li>
 * </ul>
 */
public final class OpenApiMerger {

    static final String OIDC_SCHEME = "keycloak";
    static final String BEARER_SCHEME = "bearer";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final String serverUrl;
    private final String openIdConnectUrl;

    /**
     * @param serverUrl the gateway's public URL, the only server a client should call
     * @param openIdConnectUrl Keycloak's discovery document of the realm
     */
    public OpenApiMerger(String serverUrl, String openIdConnectUrl) {
        this.serverUrl = serverUrl;
        this.openIdConnectUrl = openIdConnectUrl;
    }

    /** One service's document and the path prefixes the gateway routes to it (empty: every path). */
    public record ServiceDocument(String service, List<String> prefixes, ObjectNode document) {
    }

    public ObjectNode merge(List<ServiceDocument> parts) {
        ObjectNode merged = JSON.objectNode();
        merged.put("openapi", parts.stream().map(p -> p.document().path("openapi").asText(""))
                .filter(v -> !v.isEmpty()).findFirst().orElse("3.1.0"));
        ObjectNode info = merged.putObject("info");
        info.put("title", "Styrplan API");
        info.put("version", "1.0");
        info.put("description", "Every Styrplan service's API as the gateway serves it: "
                + String.join(", ", parts.stream().map(ServiceDocument::service).toList())
                + ". Call the server below with a bearer token of the styrplan realm (audience styrplan-api).");
        merged.putArray("servers").addObject().put("url", serverUrl).put("description", "Styrplan gateway");
        ArrayNode tags = merged.putArray("tags");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");
        Set<String> tagNames = new HashSet<>();
        Set<String> operationIds = new HashSet<>();

        for (ServiceDocument part : parts) {
            ObjectNode doc = part.document().deepCopy();
            Map<String, String> renames = stableRenames(doc, components, part.service());
            rewriteRefs(doc, renames);
            addComponents(doc, components, renames);
            for (JsonNode tag : doc.path("tags")) {
                if (tagNames.add(tag.path("name").asText())) {
                    tags.add(tag);
                }
            }
            Iterator<Map.Entry<String, JsonNode>> it = doc.path("paths").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> path = it.next();
                if (!routed(path.getKey(), part.prefixes()) || paths.has(path.getKey())) {
                    continue;
                }
                ObjectNode item = (ObjectNode) path.getValue();
                item.fields().forEachRemaining(op -> {
                    if (METHODS.contains(op.getKey()) && op.getValue() instanceof ObjectNode operation) {
                        uniqueOperationId(operation, operationIds, part.service());
                        addBearerAlternative(operation);
                    }
                });
                paths.set(path.getKey(), item);
            }
        }
        ObjectNode schemes = components.putObject("securitySchemes");
        schemes.putObject(OIDC_SCHEME).put("type", "openIdConnect").put("openIdConnectUrl", openIdConnectUrl)
                .put("description", "Keycloak, realm styrplan: sign in (authorization code with PKCE) or client credentials");
        schemes.putObject(BEARER_SCHEME).put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT")
                .put("description", "An access token of the styrplan realm with the styrplan-api audience");
        return merged;
    }

    static boolean routed(String path, List<String> prefixes) {
        return prefixes.isEmpty() || prefixes.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
    }

    /**
     * The renames again until they settle: renaming one component changes the {@code $ref}s inside others, which
     * may make them differ from a namesake that was identical before.
     */
    private static Map<String, String> stableRenames(ObjectNode doc, ObjectNode merged, String service) {
        Map<String, String> renames = Map.of();
        for (int round = 0; round < 20; round++) {
            ObjectNode rewritten = doc.deepCopy();
            rewriteRefs(rewritten, renames);
            Map<String, String> next = componentRenames(rewritten, merged, service);
            if (next.equals(renames)) {
                break;
            }
            renames = next;
        }
        return renames;
    }

    /** For each component section, the names this part must take under another name because they clash. */
    private static Map<String, String> componentRenames(ObjectNode doc, ObjectNode merged, String service) {
        Map<String, String> renames = new HashMap<>();
        doc.path("components").fields().forEachRemaining(section -> {
            if (section.getKey().equals("securitySchemes")) {
                return;
            }
            JsonNode existing = merged.path(section.getKey());
            section.getValue().fields().forEachRemaining(component -> {
                JsonNode other = existing.get(component.getKey());
                if (other != null && !other.equals(component.getValue())) {
                    String renamed = prefix(service) + component.getKey();
                    for (int n = 2; existing.has(renamed); n++) {
                        renamed = prefix(service) + component.getKey() + n;
                    }
                    renames.put(ref(section.getKey(), component.getKey()), ref(section.getKey(), renamed));
                }
            });
        });
        return renames;
    }

    private static void addComponents(ObjectNode doc, ObjectNode merged, Map<String, String> renames) {
        doc.path("components").fields().forEachRemaining(section -> {
            if (section.getKey().equals("securitySchemes")) {
                return;
            }
            ObjectNode target = merged.has(section.getKey()) ? (ObjectNode) merged.get(section.getKey())
                    : merged.putObject(section.getKey());
            section.getValue().fields().forEachRemaining(component -> {
                String ref = renames.getOrDefault(ref(section.getKey(), component.getKey()),
                        ref(section.getKey(), component.getKey()));
                String name = ref.substring(ref.lastIndexOf('/') + 1);
                if (!target.has(name)) {
                    target.set(name, component.getValue());
                }
            });
        });
    }

    /** Rewrites every {@code $ref} of the document that points at a renamed component. */
    private static void rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return;
        }
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && renames.containsKey(ref.asText())) {
                object.put("$ref", renames.get(ref.asText()));
            }
            object.elements().forEachRemaining(child -> rewriteRefs(child, renames));
        } else if (node instanceof ArrayNode array) {
            array.elements().forEachRemaining(child -> rewriteRefs(child, renames));
        }
    }

    private static void uniqueOperationId(ObjectNode operation, Set<String> taken, String service) {
        String id = operation.path("operationId").asText("");
        if (id.isEmpty()) {
            return;
        }
        String unique = id;
        if (taken.contains(unique)) {
            unique = camel(service) + Character.toUpperCase(id.charAt(0)) + id.substring(1);
            for (int n = 2; taken.contains(unique); n++) {
                unique = camel(service) + Character.toUpperCase(id.charAt(0)) + id.substring(1) + n;
            }
            operation.put("operationId", unique);
        }
        taken.add(unique);
    }

    /** An operation that takes Keycloak's sign-in also takes a plain bearer token (same tokens, no discovery). */
    private static void addBearerAlternative(ObjectNode operation) {
        JsonNode security = operation.get("security");
        if (!(security instanceof ArrayNode requirements)) {
            return;
        }
        List<JsonNode> added = new ArrayList<>();
        boolean hasBearer = false;
        for (JsonNode requirement : requirements) {
            hasBearer |= requirement.has(BEARER_SCHEME);
            if (requirement.has(OIDC_SCHEME)) {
                ObjectNode bearer = JSON.objectNode();
                bearer.set(BEARER_SCHEME, requirement.get(OIDC_SCHEME).deepCopy());
                added.add(bearer);
            }
        }
        if (!hasBearer) {
            added.forEach(requirements::add);
        }
    }

    private static String ref(String section, String name) {
        return "#/components/" + section + "/" + name;
    }

    /** plan-service -> PlanService */
    static String prefix(String service) {
        StringBuilder out = new StringBuilder();
        for (String word : service.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return out.toString();
    }

    /** plan-service -> planService */
    static String camel(String service) {
        String prefix = prefix(service);
        return Character.toLowerCase(prefix.charAt(0)) + prefix.substring(1);
    }

}
