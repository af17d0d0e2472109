package se.styrplan.gateway.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.swagger.v3.oas.models.OpenAPI;
import se.styrplan.gateway.apidocs.OpenApiMerger.ServiceDocument;

class OpenApiMergerTest {

    private static final String SERVER = "https://styrplan.example.se";
    private static final String OIDC = "https://sso.example.se/realms/styrplan/.well-known/openid-configuration";

    private final ObjectNode plan = OpenApiDocuments.planServiceContract();
    private final ObjectNode indicators = OpenApiDocuments.fake("indicator-service");
    private final ObjectNode reports = OpenApiDocuments.fake("reporting-service");
    private final ObjectNode gateway = gatewayDocument();

    private ObjectNode merge() {
        return new OpenApiMerger(SERVER, OIDC).merge(List.of(
                new ServiceDocument("gateway", List.of(), gateway),
                new ServiceDocument("plan-service", List.of("/api/plan", "/public/plan"), plan),
                new ServiceDocument("indicator-service", List.of("/api/indicators", "/public/indicators"), indicators),
                new ServiceDocument("reporting-service", List.of("/api/reports", "/public/reports", "/open-data"), reports)));
    }

    @Test
    void everyRoutedPathOfEveryServiceIsInTheDocument() {
        ObjectNode merged = merge();
        Set<String> expected = new HashSet<>();
        for (ObjectNode doc : List.of(gateway, plan, indicators, reports)) {
            doc.path("paths").fieldNames().forEachRemaining(expected::add);
        }
        expected.remove("/internal/indicators/only-on-the-service-port");
        assertThat(plan.path("paths").size()).as("plan-service's contract is the real one").isGreaterThan(30);
        assertThat(names(merged.path("paths"))).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aPathTheGatewayDoesNotRouteIsLeftOut() {
        assertThat(merge().path("paths").has("/internal/indicators/only-on-the-service-port")).isFalse();
    }

    @Test
    void theOnlyServerIsTheGatewayAndBothSecuritySchemesAreOffered() {
        ObjectNode merged = merge();
        assertThat(merged.path("servers").size()).isEqualTo(1);
        assertThat(merged.at("/servers/0/url").asText()).isEqualTo(SERVER);
        assertThat(merged.at("/components/securitySchemes/keycloak/openIdConnectUrl").asText()).isEqualTo(OIDC);
        assertThat(merged.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
        JsonNode security = merged.at("/paths/~1api~1indicators~1indicators/get/security");
        assertThat(security.toString()).contains("\"keycloak\"").contains("\"bearer\"");
        assertThat(merged.at("/paths/~1open-data~1goals/get").has("security")).as("public stays public").isFalse();
    }

    @Test
    void clashingComponentsAreRenamedAndTheirReferencesFollow() {
        ObjectNode merged = merge();
        JsonNode schemas = merged.at("/components/schemas");
        assertThat(schemas.path("Problem")).isEqualTo(plan.at("/components/schemas/Problem"));
        assertThat(schemas.at("/IndicatorServiceProblem/properties").has("indicatorOnly")).isTrue();
        assertThat(schemas.at("/ReportingServiceProblem/properties").has("reportingOnly")).isTrue();
        assertThat(merged.at("/paths/~1api~1indicators~1indicators/get/responses/400/content/application~1problem+json/schema/$ref")
                .asText()).isEqualTo("#/components/schemas/IndicatorServiceProblem");
        // a schema that only refers to a renamed one is renamed with it, so it keeps pointing at its own Problem
        assertThat(schemas.at("/Indicator/properties/problem/$ref").asText()).isEqualTo("#/components/schemas/IndicatorServiceProblem");
        assertThat(schemas.at("/GoalStatus/properties/error/$ref").asText()).isEqualTo("#/components/schemas/ReportingServiceProblem");
        // identical definitions are shared, not duplicated
        assertThat(indicators.at("/components/schemas/UUID")).isEqualTo(plan.at("/components/schemas/UUID"));
        assertThat(names(schemas)).doesNotContain("IndicatorServiceUUID");
    }

    @Test
    void operationIdsStayUnique() {
        ObjectNode merged = merge();
        List<String> ids = new ArrayList<>();
        merged.path("paths").forEach(item -> item.forEach(op -> {
            if (op.has("operationId")) {
                ids.add(op.get("operationId").asText());
            }
        }));
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(merged.at("/paths/~1api~1admin~1audit/get/operationId").asText()).isEqualTo("listAuditEntries");
        assertThat(merged.at("/paths/~1api~1plan~1audit/get/operationId").asText()).isEqualTo("planServiceListAuditEntries");
        assertThat(merged.at("/paths/~1api~1indicators~1audit/get/operationId").asText()).isEqualTo("indicatorServiceListAuditEntries");
    }

    @Test
    void theMergedDocumentIsValidOpenApi3() throws Exception {
        String json = OpenApiDocuments.JSON.writeValueAsString(merge());
        OpenAPI parsed = OpenApiDocuments.assertValidOpenApi3(json).getOpenAPI();
        assertThat(parsed.getPaths()).containsKeys("/api/me", "/api/plan/plans", "/api/indicators/indicators", "/open-data/goals");
        assertThat(parsed.getServers()).extracting(s -> s.getUrl()).containsExactly(SERVER);
    }

    @Test
    void theInputsAreLeftUnchanged() {
        String before = indicators.toString();
        merge();
        assertThat(indicators.toString()).isEqualTo(before);
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static ObjectNode gatewayDocument() {
        try {
            return (ObjectNode) OpenApiDocuments.JSON.readTree("""
                    {"openapi":"3.1.0","info":{"title":"gateway","version":"1"},
                     "paths":{
                       "/api/me":{"get":{"operationId":"getCurrentUser","responses":{"200":{"description":"ok"}},"security":[{"keycloak":[]}]}},
                       "/api/admin/audit":{"get":{"operationId":"listAuditEntries","responses":{"200":{"description":"ok"}},"security":[{"keycloak":[]}]}}},
                     "components":{"securitySchemes":{"keycloak":{"type":"openIdConnect","openIdConnectUrl":"http://x/.well-known/openid-configuration"}}}}
                    """);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
