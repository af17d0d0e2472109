package se.styrplan.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The gateway's own operations are documented with operation ids, the bearer scheme and their problem responses. */
@QuarkusTest
class OpenApiTest {

    @ParameterizedTest
    @CsvSource({
            "/api/me, get, getCurrentUser, '401,403'",
            "/api/admin/users, get, listUsers, '400,401,403,502,503'",
            "/api/admin/users, post, createUser, '201,400,401,403,409,502,503'",
            "/api/admin/users/{id}, get, getUser, '401,403,404'",
            "/api/admin/users/{id}/roles, put, setUserRoles, '400,401,403,404,409'",
            "/api/admin/users/{id}/groups, put, setUserGroups, '400,401,403,404'",
            "/api/admin/users/{id}/disable, post, disableUser, '401,403,404,409'",
            "/api/admin/users/{id}/enable, post, enableUser, '401,403,404'",
            "/api/admin/users/{id}/password-reset, post, resetUserPassword, '401,403,404'",
            "/api/admin/groups, get, listGroups, '401,403'",
            "/api/admin/audit, get, listAuditEntries, '400,401,403'" })
    void operationIsDocumented(String path, String method, String operationId, String statuses) {
        JsonPath doc = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Object> operation = doc.getMap("paths.'" + path + "'." + method);
        assertThat(operation).as(path + " " + method).isNotNull();
        assertThat(operation.get("operationId")).isEqualTo(operationId);
        assertThat(doc.getList("paths.'" + path + "'." + method + ".security.keycloak")).isNotNull();
        Map<String, Object> responses = doc.getMap("paths.'" + path + "'." + method + ".responses");
        for (String status : statuses.split(",")) {
            assertThat(responses).as(operationId + " documents " + status).containsKey(status);
            if (status.startsWith("4") || status.startsWith("5")) {
                assertThat(doc.getMap("paths.'" + path + "'." + method + ".responses.'" + status + "'.content"))
                        .as(operationId + " " + status).containsKey("application/problem+json");
            }
        }
    }
}
