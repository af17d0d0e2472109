package se.styrplan.devstack.test.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import se.styrplan.devstack.test.Tokens;

/**
 * Bad input at scale, generated from the service's own OpenAPI document: for every operation, malformed path ids
 * (wrong type, path traversal, huge, unicode, control characters), malformed query parameters (wrong types, negative
 * and huge page sizes), and malformed bodies (broken JSON, wrong JSON shapes, every property with a wrong type,
 * huge and unicode strings, unknown fields, wrong content types), sent with an admin's real token so that they reach
 * the validation behind the role checks. Every answer must be a 4xx problem+json (or a 2xx where the input happens to
 * be acceptable), never a 5xx; and a refused request writes nothing: the append-only audit log, which every write
 * feeds, does not grow.
 */
public abstract class MalformedRequestsContract {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String PROBLEM = "application/problem+json";

    private static final List<String> BAD_IDS = List.of("not-an-id", "..%2F..%2Fetc%2Fpasswd", "..;", "%00", "-1",
            "99999999999999999999999", "x".repeat(3000), "%C3%85%C3%A4%C3%B6%F0%9F%98%80", "%27%20or%201%3D1--", "%7B%7D");
    private static final List<String> BAD_QUERY_VALUES = List.of("abc", "-1", "0", "2147483648", "99999999999999999999",
            "1.5", "", "x".repeat(5000), "ÅÄÖ😀", "%00", "true");
    private static final List<String> BROKEN_BODIES = List.of("{", "[]", "null", "\"text\"", "42", "{\"a\":", "{}}",
            "[{}]", "{\"unknownField\": 1, \"another\": [1, 2]}", "\u0000\u0001", "{\"x\": \"" + "y".repeat(200_000) + "\"}",
            "[".repeat(5000) + "]".repeat(5000));

    @Inject
    EntityManager em;

    /** The user whose token the requests carry: an admin, so that they pass the role checks and meet validation. */
    protected String user() {
        return "anna";
    }

    /**
     * Operations left out, e.g. those that reach an outside system (a Kolada sync run) or do long work whatever the
     * input (generating demo values): {@code "POST /api/indicators/kolada/runs"}.
     */
    protected List<String> skipped() {
        return List.of();
    }

    @Test
    void malformedRequestsGetProblemsNeverA5xxAndWriteNothing() throws Exception {
        JsonNode openapi = JSON.readTree(given().accept("application/json").queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString());
        String token = Tokens.of(user());
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        int sent = 0;
        int wrong = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = openapi.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method) || skipped().contains(method + " " + path.getKey())) {
                    continue;
                }
                for (Malformed request : variants(openapi, path.getKey(), op.getValue(), method)) {
                    long writesBefore = writes();
                    Response response = send(request, token);
                    sent++;
                    statuses.merge(response.statusCode(), 1, Integer::sum);
                    String problem = check(request, response, writesBefore);
                    if (problem != null) {
                        wrong++;
                        if (failures.size() < 40) { // enough to see what is wrong, short enough to read
                            failures.add(problem);
                        }
                    }
                }
            }
        }
        System.out.printf("%s: %d malformed requests sent, %d failed; answers by status: %s%n", getClass().getSimpleName(), sent,
                wrong, statuses);
        assertThat(sent).as("requests generated from the OpenAPI document").isGreaterThan(100);
        assertThat(failures).as("malformed requests answered wrongly").isEmpty();
    }

    private String check(Malformed request, Response response, long writesBefore) {
        int status = response.statusCode();
        String where = request.method() + " " + abbreviate(request.path()) + " [" + request.what() + "] -> " + status;
        if (status >= 500) {
            return where + ": a server error for bad input: " + abbreviate(response.asString());
        }
        if (status == 414 || status == 431) {
            // a request line or headers beyond the HTTP codec's limits are refused by Vert.x before any route, with an
            // empty body; Quarkus 3.33 offers no hook to give them a problem body (quarkusio/quarkus#55082)
            return writes() == writesBefore ? null : where + ": an over-long request wrote to the audit log";
        }
        if (status >= 400) {
            String type = String.valueOf(response.contentType());
            if (!type.startsWith(PROBLEM)) {
                return where + ": not problem+json but " + type;
            }
            String body = response.asString();
            if (body.contains("\tat ") || body.contains("Exception:") || body.contains(".java:")) {
                return where + ": internal detail in the body: " + abbreviate(body);
            }
            if (writes() != writesBefore) {
                return where + ": a refused request wrote to the audit log";
            }
        }
        return null;
    }

    private static Response send(Malformed request, String token) {
        RequestSpecification spec = given().urlEncodingEnabled(false).auth().oauth2(token);
        request.query().forEach(spec::queryParam);
        if (request.body() != null) {
            spec.contentType(request.contentType()).body(request.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return spec.when().request(request.method(), request.path());
    }

    private long writes() {
        return QuarkusTransaction.requiringNew().call(
                () -> ((Number) em.createNativeQuery("select count(*) from audit_log").getSingleResult()).longValue());
    }

    /** One malformed request: what it gets wrong, for the failure message. */
    record Malformed(String method, String path, Map<String, String> query, String contentType, String body, String what) {
    }

    static List<Malformed> variants(JsonNode openapi, String template, JsonNode operation, String method) {
        List<Malformed> variants = new ArrayList<>();
        JsonNode bodySchema = jsonBodySchema(openapi, operation);
        String goodPath = template.replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
        String validBody = bodySchema == null ? null : JSON.valueToTree(example(openapi, bodySchema, 0)).toString();
        // path ids
        if (template.contains("{")) {
            for (String bad : BAD_IDS) {
                variants.add(new Malformed(method, template.replaceAll("\\{[^}]+}", bad), Map.of(), "application/json", validBody,
                        "path id " + abbreviate(bad)));
            }
        }
        // query parameters, one at a time
        for (JsonNode parameter : parameters(openapi, operation)) {
            if (!"query".equals(parameter.path("in").asText())) {
                continue;
            }
            for (String bad : BAD_QUERY_VALUES) {
                Map<String, String> query = new LinkedHashMap<>();
                query.put(parameter.path("name").asText(), java.net.URLEncoder.encode(bad, java.nio.charset.StandardCharsets.UTF_8));
                variants.add(new Malformed(method, goodPath, query, "application/json", validBody,
                        "query " + parameter.path("name").asText() + "=" + abbreviate(bad)));
            }
        }
        // bodies
        if (bodySchema != null) {
            for (String broken : BROKEN_BODIES) {
                variants.add(new Malformed(method, goodPath, Map.of(), "application/json", broken, "body " + abbreviate(broken)));
            }
            variants.add(new Malformed(method, goodPath, Map.of(), "text/plain", validBody, "text/plain body"));
            variants.add(new Malformed(method, goodPath, Map.of(), "application/xml", "<a/>", "xml body"));
            JsonNode properties = resolve(openapi, bodySchema).path("properties");
            for (Iterator<String> names = properties.fieldNames(); names.hasNext();) {
                String name = names.next();
                for (Object wrong : wrongValues(resolve(openapi, properties.path(name)))) {
                    com.fasterxml.jackson.databind.node.ObjectNode body = (com.fasterxml.jackson.databind.node.ObjectNode) JSON
                            .valueToTree(example(openapi, bodySchema, 0));
                    body.set(name, JSON.valueToTree(wrong));
                    variants.add(new Malformed(method, goodPath, Map.of(), "application/json", body.toString(),
                            "property " + name + "=" + abbreviate(String.valueOf(wrong))));
                }
            }
        }
        return variants;
    }

    /** Values of the wrong type (or out of any sane range) for a property of this schema. */
    static List<Object> wrongValues(JsonNode schema) {
        String type = schema.path("type").asText("");
        List<Object> wrong = new ArrayList<>();
        switch (type) {
            case "integer", "number" -> {
                wrong.add("not a number");
                wrong.add(List.of(1));
                wrong.add(new java.math.BigDecimal("1e400"));
                wrong.add(-2_147_483_649L);
            }
            case "boolean" -> {
                wrong.add("maybe");
                wrong.add(2);
            }
            case "array" -> {
                wrong.add("not an array");
                wrong.add(Map.of("an", "object"));
            }
            case "object" -> {
                wrong.add("not an object");
                wrong.add(List.of("x"));
            }
            default -> {
                wrong.add(12345);
                wrong.add(List.of("x"));
                wrong.add("x".repeat(100_000));
                wrong.add("\u0000\u202e😀 ÅÄÖ <script>alert(1)</script>");
                wrong.add("../../etc/passwd");
            }
        }
        wrong.add(null);
        return wrong;
    }

    /** A plausible value for a schema, so that one wrong property at a time is what the service meets. */
    static Object example(JsonNode openapi, JsonNode schema, int depth) {
        JsonNode resolved = resolve(openapi, schema);
        if (resolved.has("example")) {
            return JSON.convertValue(resolved.get("example"), Object.class);
        }
        if (resolved.has("enum")) {
            return JSON.convertValue(resolved.get("enum").get(0), Object.class);
        }
        return switch (resolved.path("type").asText("object")) {
            case "integer" -> 1;
            case "number" -> 1.5;
            case "boolean" -> true;
            case "string" -> "uuid".equals(resolved.path("format").asText()) ? "00000000-0000-0000-0000-000000000000"
                    : "date".equals(resolved.path("format").asText()) ? "2024-01-01" : "text";
            case "array" -> depth > 3 ? List.of() : List.of(example(openapi, resolved.path("items"), depth + 1));
            default -> {
                Map<String, Object> object = new LinkedHashMap<>();
                if (depth <= 3) {
                    resolved.path("properties").fields().forEachRemaining(p -> object.put(p.getKey(), example(openapi, p.getValue(), depth + 1)));
                }
                yield object;
            }
        };
    }

    private static JsonNode jsonBodySchema(JsonNode openapi, JsonNode operation) {
        JsonNode body = resolve(openapi, operation.path("requestBody"));
        JsonNode schema = body.path("content").path("application/json").path("schema");
        return schema.isMissingNode() ? null : schema;
    }

    private static List<JsonNode> parameters(JsonNode openapi, JsonNode operation) {
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(p -> parameters.add(resolve(openapi, p)));
        return parameters;
    }

    /** Follows a local {@code $ref} (and the first of an allOf), as SmallRye writes them. */
    static JsonNode resolve(JsonNode openapi, JsonNode node) {
        JsonNode current = node;
        for (int i = 0; i < 10; i++) {
            if (current.has("$ref")) {
                String ref = current.get("$ref").asText();
                current = openapi.at(ref.substring(1));
            } else if (current.has("allOf") && current.get("allOf").size() > 0 && !current.has("properties")) {
                current = current.get("allOf").get(0);
            } else {
                return current;
            }
        }
        return current;
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 60 ? oneLine.substring(0, 60) + "…(" + oneLine.length() + ")" : oneLine;
    }
}
