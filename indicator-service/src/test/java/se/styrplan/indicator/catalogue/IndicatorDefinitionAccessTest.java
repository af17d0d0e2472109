package se.styrplan.indicator.catalogue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static se.styrplan.indicator.catalogue.Catalogue.EDITOR;
import static se.styrplan.indicator.catalogue.Catalogue.PATH;
import static se.styrplan.indicator.catalogue.Catalogue.PLANNER;
import static se.styrplan.indicator.catalogue.Catalogue.VIEWER;
import static se.styrplan.indicator.catalogue.Catalogue.as;
import static se.styrplan.indicator.catalogue.Catalogue.create;
import static se.styrplan.indicator.catalogue.Catalogue.definition;
import static se.styrplan.indicator.catalogue.Catalogue.unique;
import static se.styrplan.indicator.catalogue.Catalogue.with;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.styrplan.devstack.test.Tokens;

/** Who may do what, with real Keycloak tokens: everyone signed in reads, only planners and admins write. */
@QuarkusTest
class IndicatorDefinitionAccessTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void withoutTokenEverythingIsUnauthorized() {
        String id = create(definition(unique()));
        given().when().get(PATH).then().statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", startsWith("Bearer"));
        given().when().get(PATH + "/" + id).then().statusCode(401).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(definition(unique())).when().post(PATH).then().statusCode(401).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(definition(unique())).when().put(PATH + "/" + id).then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("reason", "x")).when().post(PATH + "/" + id + "/retire").then().statusCode(401);
    }

    @ParameterizedTest
    @ValueSource(strings = { VIEWER, EDITOR, PLANNER, Catalogue.ADMIN })
    void everyRoleMayRead(String user) {
        String id = create(definition(unique()));
        as(user).when().get(PATH).then().statusCode(200);
        as(user).when().get(PATH + "/" + id).then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void machineClientWithViewerMayRead() {
        given().auth().oauth2(Tokens.ofClient(Tokens.INTEGRATION_CLIENT, Tokens.INTEGRATION_SECRET))
                .when().get(PATH).then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = { VIEWER, EDITOR })
    void viewerAndEditorMayNotWrite(String user) {
        Map<String, Object> refused = definition(unique());
        as(user).body(refused).when().post(PATH).then().statusCode(403).contentType(PROBLEM);
        as(VIEWER).queryParam("department", refused.get("owningDepartment")).when().get(PATH)
                .then().body("totalItems", equalTo(0));

        String newId = UUID.randomUUID().toString();
        as(user).body(definition(unique())).when().put(PATH + "/" + newId).then().statusCode(403).contentType(PROBLEM);
        as(VIEWER).when().get(PATH + "/" + newId).then().statusCode(404);

        Map<String, Object> body = definition(unique());
        String id = create(body);
        as(user).body(with(body, "title", "Ändrad")).when().put(PATH + "/" + id).then().statusCode(403).contentType(PROBLEM);
        as(user).body(Map.of("reason", "Utgår")).when().post(PATH + "/" + id + "/retire").then().statusCode(403).contentType(PROBLEM);
        as(VIEWER).when().get(PATH + "/" + id)
                .then().statusCode(200)
                .body("title", equalTo(body.get("title")))
                .body("status", equalTo("active"));
    }
}
