package se.styrplan.reporting;

import static io.restassured.RestAssured.given;

import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import se.styrplan.devstack.test.Tokens;

/** Reads of the report API with a real viewer token; decimals as doubles. */
public final class ReportApi {

    public static final String VIEWER = "victor";
    private static final RestAssuredConfig DOUBLES = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));

    private ReportApi() {
    }

    public static ValidatableResponse get(String path) {
        return given().config(DOUBLES).auth().oauth2(Tokens.of(VIEWER)).when().get(path).then();
    }
}
