package se.styrplan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import se.styrplan.devstack.run.ServiceProcess;

/**
 * The one OpenAPI document at the gateway, from the real services: anonymous, valid OpenAPI 3 as a client
 * generator reads it, every routed path of every service in it, one server (the gateway), unique operation ids.
 */
@Order(1)
class OneOpenApiTest {

    static final ObjectMapper JSON = new ObjectMapper();
    /** The gateway's routes (gateway RouteTable): which of a service's paths the gateway serves. */
    static final Map<String, List<String>> ROUTED = Map.of(
            "plan-service", List.of("/api/plan", "/public/plan"),
            "indicator-service", List.of("/api/indicators", "/public/indicators"),
            "reporting-service", List.of("/api/reports", "/public/reports", "/open-data"));

    @Test
    void theGatewayServesOneValidDocumentOfEveryServicesPaths() throws Exception {
        Platform platform = Platform.get();
        String json = Call.gateway().when().get("/api/openapi.json").then().statusCode(200).extract().asString();

        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, options);
        assertThat(result.getMessages()).as("swagger-parser's messages").isEmpty();
        OpenAPI doc = result.getOpenAPI();
        assertThat(doc.getServers()).extracting(s -> s.getUrl()).containsExactly(platform.gatewayUrl());
        assertThat(doc.getComponents().getSecuritySchemes()).containsKeys("keycloak", "bearer");

        Set<String> expected = new HashSet<>();
        for (ServiceProcess service : platform.services()) {
            JsonNode own = JSON.readTree(Call.direct(service).when().get("/q/openapi?format=json").then().statusCode(200)
                    .extract().asString());
            own.path("paths").fieldNames().forEachRemaining(path -> {
                if (ROUTED.get(service.name()).stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"))) {
                    expected.add(path);
                }
            });
        }
        assertThat(expected).as("the services document their paths").hasSizeGreaterThan(40);
        assertThat(doc.getPaths().keySet()).containsAll(expected).contains("/api/me", "/api/admin/users");

        List<String> operationIds = new ArrayList<>();
        doc.getPaths().forEach((path, item) -> item.readOperations().stream().map(Operation::getOperationId)
                .forEach(operationIds::add));
        assertThat(operationIds).as("every operation has an id (a generated method name)").doesNotContainNull()
                .doesNotHaveDuplicates();
    }

    @Test
    void swaggerUiAtTheGatewayOffersTheMergedDocument() {
        String page = Call.gateway().when().get("/q/swagger-ui/index.html").then().statusCode(200).extract().asString();
        assertThat(page).contains("/api/openapi.json");
    }
}
