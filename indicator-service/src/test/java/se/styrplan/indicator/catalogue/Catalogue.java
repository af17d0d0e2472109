package se.styrplan.indicator.catalogue;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import se.styrplan.devstack.test.Tokens;

/** The catalogue API as the tests call it, and valid definitions with keys no other test uses. */
final class Catalogue {

    static final String PATH = "/api/indicators/definitions";
    static final String PLANNER = "petra";
    static final String ADMIN = "anna";
    static final String EDITOR = "erik";
    static final String VIEWER = "victor";

    private Catalogue() {
    }

    /** Eight random hex characters: makes keys, titles and departments of one test its own. */
    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid definition whose key, title and owning department end in {@code suffix}. */
    static Map<String, Object> definition(String suffix) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("key", "hotellovernattningar-" + suffix);
        body.put("title", "Hotellövernattningar, antal " + suffix);
        body.put("description", "Gästnätter på hotell i kommunen under året");
        body.put("unit", "count");
        body.put("unitLabel", "antal");
        body.put("direction", "higher_is_better");
        body.put("source", "other");
        body.put("koladaKpiId", null);
        body.put("koladaKpiIdChecked", false);
        body.put("dividedByGender", null);
        body.put("owningDepartment", "dept-" + suffix);
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    static Map<String, Object> without(Map<String, Object> body, String field) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.remove(field);
        return copy;
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON);
    }

    /** Creates the definition as a planner and returns its id. */
    static String create(Map<String, Object> body) {
        return as(PLANNER).body(body).when().post(PATH).then().statusCode(201).extract().path("id");
    }

    static String retire(String id, String replacedBy, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("replacedBy", replacedBy);
        body.put("reason", reason);
        return as(PLANNER).body(body).when().post(PATH + "/" + id + "/retire").then().statusCode(200).extract().path("status");
    }
}
