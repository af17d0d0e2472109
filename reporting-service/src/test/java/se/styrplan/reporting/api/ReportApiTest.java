package se.styrplan.reporting.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.styrplan.devstack.test.Tokens;
import se.styrplan.reporting.ReportApi;

/** The report endpoints' guards, errors and OpenAPI description. */
@QuarkusTest
class ReportApiTest {

    @Test
    void readingRequiresAToken() {
        given().when().get("/api/reports/goals")
                .then().statusCode(401).contentType("application/problem+json");
        given().when().get("/api/reports/indicators/" + UUID.randomUUID() + "/status")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void viewersAndMachineClientsMayRead() {
        ReportApi.get("/api/reports/goals").statusCode(200).body("ownArea", equalTo("1780"));
        given().auth().oauth2(Tokens.ofClient(Tokens.INTEGRATION_CLIENT, Tokens.INTEGRATION_SECRET))
                .when().get("/api/reports/goals").then().statusCode(200);
    }

    @Test
    void unknownGoalsAndIndicatorsAreProblems() {
        ReportApi.get("/api/reports/goals/" + UUID.randomUUID()).statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
        ReportApi.get("/api/reports/indicators/" + UUID.randomUUID() + "/status").statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theEndpointsAreDescribed() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/reports/goals'.get.operationId", equalTo("listGoalStatuses"))
                .body("paths.'/api/reports/goals/{goalId}'.get.operationId", equalTo("getGoalStatus"))
                .body("paths.'/api/reports/indicators/{indicatorId}/status'.get.operationId", equalTo("getIndicatorStatus"))
                .body("paths.'/api/reports/goals/{goalId}'.get.responses.'404'", notNullValue())
                .body("components.schemas.IndicatorStatus.properties.forecast", notNullValue())
                .body("components.schemas.GoalSummary.properties.status.$ref", equalTo("#/components/schemas/GoalStatusCode"))
                // two classes with one schema name get a numbered one: generated clients would see IndicatorStatus1
                .body("components.schemas.keySet()", everyItem(not(matchesPattern(".*\\d$"))));
    }
}
