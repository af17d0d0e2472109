package se.styrplan.indicator.imports;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.response.Response;
import se.styrplan.devstack.test.Tokens;
import se.styrplan.indicator.TestApi;

/** The bulk API and the import jobs as the tests call them. */
final class Bulk {

    static final String PATH = "/api/indicators/bulk/values";
    static final String IMPORTS = "/api/indicators/imports";
    static final String CSV = "text/csv";
    static final String NDJSON = "application/x-ndjson";
    static final String HEADER = "indicatorKey,areaCode,period,gender,value,status\n";

    private Bulk() {
    }

    static Response post(String user, String contentType, String body) {
        // bytes: RestAssured would encode a text/* string as ISO-8859-1; the API reads UTF-8
        return given().auth().oauth2(Tokens.of(user)).contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8))
                .when().post(PATH);
    }

    /** Loads the body as this user, expecting a finished job. */
    static JsonNode load(String user, String contentType, String body) {
        return TestApi.json(post(user, contentType, body).then().statusCode(200).extract().response());
    }

    static JsonNode csv(String user, String rows) {
        return load(user, CSV, HEADER + rows);
    }

    static JsonNode job(String id) {
        return TestApi.json(TestApi.as(TestApi.PLANNER).when().get(IMPORTS + "/" + id).then().statusCode(200).extract().response());
    }

    static JsonNode rejections(String id) {
        return TestApi.json(TestApi.as(TestApi.PLANNER).queryParam("size", 200).when().get(IMPORTS + "/" + id + "/rejections")
                .then().statusCode(200).extract().response());
    }

    /** The key of an indicator created through the catalogue. */
    static String key(String id) {
        return TestApi.as(TestApi.VIEWER).when().get(TestApi.DEFINITIONS + "/" + id).then().statusCode(200).extract().path("key");
    }
}
