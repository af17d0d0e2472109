package se.styrplan.plan.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import se.styrplan.devstack.test.TestStack;

/**
 * The API contract kept in the repository, checked both ways: the OpenAPI document the running service serves
 * equals the committed {@code src/main/openapi/plan-service.openapi.json} (from which the build generates a Java
 * client, see {@code GeneratedClientTest}), and the committed document passes a standard OpenAPI validator and
 * the project's own rules for generating clients from it.
 * <p>
 * After an intended API change, refresh the committed document with
 * {@code mvn -pl plan-service verify -Dtest=OpenApiContractTest -Dopenapi.update=true} and commit it.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenApiContractTest {

    static final String UPDATE_PROPERTY = "openapi.update";
    static final String REFRESH_HINT = "refresh it with `mvn -pl plan-service verify -Dtest=OpenApiContractTest -D"
            + UPDATE_PROPERTY + "=true` and commit the file";

    /** The local realm's discovery URL; the served document names the test run's Keycloak, which differs per run. */
    static final String LOCAL_OIDC_URL = "http://localhost:8180/realms/styrplan/.well-known/openid-configuration";

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    static Path committedFile() {
        return TestStack.root().resolve("plan-service/src/main/openapi/plan-service.openapi.json");
    }

    @Test
    @Order(1)
    void servedDocumentEqualsTheCommittedContract() throws IOException {
        String served = given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString();
        ObjectNode live = canonical(JSON.readTree(served));
        Path file = committedFile();

        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, pretty(live), StandardCharsets.UTF_8);
            System.out.println("[OpenApiContractTest] wrote " + file);
        }

        assertThat(file).as("The committed OpenAPI contract %s is missing: %s", file, REFRESH_HINT).exists();
        ObjectNode committed = canonical(JSON.readTree(Files.readString(file, StandardCharsets.UTF_8)));
        List<String> differences = new ArrayList<>();
        diff("", committed, live, differences);
        assertThat(differences)
                .as("The OpenAPI document the service serves differs from the committed contract %s at the paths below "
                        + "(committed vs served). If the API change is intended, %s; clients are generated from it.", file, REFRESH_HINT)
                .isEmpty();
    }

    @Test
    @Order(2)
    void committedContractPassesTheStandardValidator() {
        SwaggerParseResult result = parse();
        assertThat(result.getMessages()).as("validation messages of %s", committedFile()).isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getOpenAPI().getPaths()).isNotEmpty();
    }

    @Test
    @Order(3)
    void everyOperationHasAnIdASummaryAndASuccessResponse() {
        OpenAPI api = parse().getOpenAPI();
        List<String> ids = new ArrayList<>();
        forEachOperation(api, (where, operation) -> {
            assertThat(operation.getOperationId()).as("operationId of %s", where).isNotBlank();
            assertThat(operation.getSummary()).as("summary of %s", where).isNotBlank();
            assertThat(operation.getResponses()).as("responses of %s", where).isNotNull();
            assertThat(operation.getResponses().keySet()).as("responses of %s", where).anyMatch(code -> code.matches("2\\d\\d"));
            ids.add(operation.getOperationId());
        });
        assertThat(ids).as("operation ids").doesNotHaveDuplicates().hasSizeGreaterThan(20)
                .contains("getVersionTree", "searchVersion", "listPlans");
    }

    @Test
    @Order(4)
    void everyProtectedOperationDeclares401And403AsProblemJson() {
        OpenAPI api = parse().getOpenAPI();
        List<String> publicOperations = new ArrayList<>();
        forEachOperation(api, (where, operation) -> {
            if (where.path().startsWith("/public/")) {
                publicOperations.add(operation.getOperationId());
                return;
            }
            for (String code : List.of("401", "403")) {
                ApiResponse response = operation.getResponses().get(code);
                assertThat(response).as("%s response of %s", code, where).isNotNull();
                Content content = response.getContent();
                assertThat(content).as("%s response content of %s", code, where).isNotNull().containsKey(PROBLEM_JSON);
                assertThat(content.get(PROBLEM_JSON).getSchema()).as("%s response schema of %s", code, where).isNotNull();
                assertThat(content.get(PROBLEM_JSON).getSchema().get$ref()).as("%s response schema of %s", code, where)
                        .endsWith("/Problem");
            }
            assertThat(operation.getSecurity()).as("security requirement of %s", where).isNotEmpty();
        });
        assertThat(publicOperations).as("operations under /public/").isNotEmpty();
    }

    // ---- the canonical form of the document ----

    /**
     * The document without what differs per run (the servers list, the OIDC discovery URL of the run's Keycloak),
     * in the usual order (openapi, info, tags, paths, components) and with the keys of its maps (paths, components,
     * responses) sorted, so that the committed file reads and diffs well.
     */
    static ObjectNode canonical(JsonNode document) {
        ObjectNode doc = JSON.createObjectNode();
        for (String key : List.of("openapi", "info", "externalDocs", "servers", "security", "tags", "paths", "components")) {
            if (document.has(key)) {
                doc.set(key, document.get(key).deepCopy());
            }
        }
        document.fields().forEachRemaining(e -> {
            if (!doc.has(e.getKey())) {
                doc.set(e.getKey(), e.getValue().deepCopy());
            }
        });
        doc.remove("servers");
        doc.path("components").path("securitySchemes").forEach(scheme -> {
            if (scheme.has("openIdConnectUrl")) {
                ((ObjectNode) scheme).put("openIdConnectUrl", LOCAL_OIDC_URL);
            }
        });
        sortKeys(doc.path("paths"));
        doc.path("paths").forEach(pathItem -> pathItem.forEach(operation -> sortKeys(operation.path("responses"))));
        sortKeys(doc.path("components"));
        doc.path("components").forEach(OpenApiContractTest::sortKeys);
        return doc;
    }

    private static void sortKeys(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Map<String, JsonNode> sorted = new TreeMap<>();
            object.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue()));
            object.removeAll();
            object.setAll(sorted);
        }
    }

    /** Two-space indentation, LF line ends, UTF-8 text, a final newline: stable across machines. */
    static String pretty(JsonNode document) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return JSON.writer(printer).writeValueAsString(document) + "\n";
    }

    /** JSON pointers where the two documents differ (at most 40), with both values when they are short. */
    private static void diff(String pointer, JsonNode committed, JsonNode served, List<String> out) {
        if (out.size() >= 40 || committed.equals(served)) {
            return;
        }
        if (committed.isObject() && served.isObject()) {
            TreeSet<String> keys = new TreeSet<>();
            committed.fieldNames().forEachRemaining(keys::add);
            served.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                String child = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
                if (!committed.has(key)) {
                    out.add(child + ": only served");
                } else if (!served.has(key)) {
                    out.add(child + ": only committed");
                } else {
                    diff(child, committed.get(key), served.get(key), out);
                }
            }
        } else if (committed.isArray() && served.isArray() && committed.size() == served.size()) {
            for (int i = 0; i < committed.size(); i++) {
                diff(pointer + "/" + i, committed.get(i), served.get(i), out);
            }
        } else {
            out.add(pointer + ": " + shorten(committed) + " vs " + shorten(served));
        }
    }

    private static String shorten(JsonNode node) {
        String text = node.toString();
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }

    // ---- reading the committed document with the standard parser ----

    private static SwaggerParseResult parse() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        try {
            return new OpenAPIV3Parser().readContents(Files.readString(committedFile(), StandardCharsets.UTF_8), null, options);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + committedFile() + ": " + REFRESH_HINT, e);
        }
    }

    private record Where(String method, String path) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private interface OperationCheck {
        void check(Where where, Operation operation);
    }

    private static void forEachOperation(OpenAPI api, OperationCheck check) {
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> check.check(new Where(method.name(), path), operation)));
    }
}
