package se.styrplan.indicator.measurement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The value, target and area operations are documented well enough to generate a client from. */
@QuarkusTest
class ValuesOpenApiTest {

    private static final String BASE = "paths.'/api/indicators/definitions/{id}";

    @Test
    void operationsHaveStableIdsAndTheirErrorResponses() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body(BASE + "/values'.put.operationId", equalTo("recordIndicatorValues"))
                .body(BASE + "/values'.put.responses.keySet()", hasItems("200", "400", "401", "403", "404", "409"))
                .body(BASE + "/values'.put.responses.'400'.content.'application/problem+json'", notNullValue())
                .body(BASE + "/values'.put.requestBody.content.'application/json'.schema.maxItems", equalTo(1000))
                .body(BASE + "/values/{areaCode}/{period}/{gender}/history'.get.operationId", equalTo("getIndicatorValueHistory"))
                .body(BASE + "/series'.get.operationId", equalTo("getIndicatorSeries"))
                .body(BASE + "/series'.get.responses.keySet()", hasItems("200", "400", "401", "403", "404"))
                .body(BASE + "/comparison'.get.operationId", equalTo("compareIndicatorValues"))
                .body(BASE + "/targets'.get.operationId", equalTo("listIndicatorTargets"))
                .body(BASE + "/targets/{year}'.put.operationId", equalTo("setIndicatorTarget"))
                .body(BASE + "/targets/{year}'.put.responses.keySet()", hasItems("200", "400", "401", "403", "404", "409"))
                .body(BASE + "/targets/{year}'.delete.operationId", equalTo("removeIndicatorTarget"))
                .body("paths.'/api/indicators/values'.get.operationId", equalTo("listIndicatorValues"))
                .body("paths.'/api/indicators/areas'.get.operationId", equalTo("listAreas"))
                .body("paths.'/api/indicators/comparison-sets'.get.operationId", equalTo("listComparisonSets"));
    }

    @Test
    void schemasCarryTheirCodes() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("components.schemas.MeasurementStatus.enum", hasItems("final", "preliminary", "suppressed", "synthetic"))
                .body("components.schemas.MeasurementSource.enum", hasItems("kolada", "manual", "file", "bulk"))
                .body("components.schemas.Gender.enum", hasItems("T", "K", "M"))
                .body("components.schemas.MeasurementInput.required", hasItems("areaCode", "period"))
                .body("components.schemas.TargetInput.required", hasItems("value"));
    }
}
