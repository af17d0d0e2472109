package se.styrplan.indicator.catalogue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The OpenAPI document is complete enough to generate a client from: ids, enums, errors. */
@QuarkusTest
class IndicatorCatalogueOpenApiTest {

    private static final String LIST = "paths.'/api/indicators/definitions'";
    private static final String ONE = "paths.'/api/indicators/definitions/{id}'";
    private static final String RETIRE = "paths.'/api/indicators/definitions/{id}/retire'";

    @Test
    void operationsHaveStableIdsAndTheirErrorResponses() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body(LIST + ".get.operationId", equalTo("listIndicatorDefinitions"))
                .body(LIST + ".get.tags", hasItem("Indicator catalogue"))
                .body(LIST + ".get.responses.'400'.content.'application/problem+json'", notNullValue())
                .body(LIST + ".post.operationId", equalTo("createIndicatorDefinition"))
                .body(LIST + ".post.responses.keySet()", hasItems("201", "400", "401", "403", "409"))
                .body(ONE + ".get.operationId", equalTo("getIndicatorDefinition"))
                .body(ONE + ".get.responses.keySet()", hasItems("200", "401", "403", "404"))
                .body(ONE + ".put.operationId", equalTo("upsertIndicatorDefinition"))
                .body(ONE + ".put.responses.keySet()", hasItems("200", "201", "400", "409"))
                .body(RETIRE + ".post.operationId", equalTo("retireIndicatorDefinition"))
                .body(RETIRE + ".post.responses.keySet()", hasItems("200", "400", "404", "409"));
    }

    @Test
    void enumerationsAreDocumentedWithTheirWireValues() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("components.schemas.IndicatorUnit.enum", hasItems("percent", "count_per_100k", "yes_count"))
                .body("components.schemas.IndicatorSource.enum", hasItems("kolada", "scb_mbu", "skolverket"))
                .body("components.schemas.Direction.enum", hasItems("higher_is_better", "lower_is_better", "none"))
                .body("components.schemas.IndicatorStatus.enum", hasItems("active", "retired"))
                .body("components.schemas.IndicatorDefinitionInput.required", hasItems("key", "title", "unit", "direction", "source"));
    }
}
