package se.styrplan.indicator.catalogue;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static se.styrplan.indicator.catalogue.Catalogue.PATH;
import static se.styrplan.indicator.catalogue.Catalogue.PLANNER;
import static se.styrplan.indicator.catalogue.Catalogue.VIEWER;
import static se.styrplan.indicator.catalogue.Catalogue.as;
import static se.styrplan.indicator.catalogue.Catalogue.create;
import static se.styrplan.indicator.catalogue.Catalogue.definition;
import static se.styrplan.indicator.catalogue.Catalogue.retire;
import static se.styrplan.indicator.catalogue.Catalogue.unique;
import static se.styrplan.indicator.catalogue.Catalogue.with;
import static se.styrplan.indicator.catalogue.Catalogue.without;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Refusals: each is a problem+json naming what is wrong, and nothing is written. */
@QuarkusTest
class IndicatorDefinitionValidationTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void missingTitleIsRefused() {
        Map<String, Object> body = without(definition(unique()), "title");
        refusedCreate(body).body("errors.field", hasItem("title"));
        assertNotCreated(body);
    }

    @Test
    void blankTitleIsRefused() {
        refusedCreate(with(definition(unique()), "title", "  ")).body("errors.field", hasItem("title"));
    }

    @Test
    void unknownUnitIsRefusedNamingTheField() {
        Map<String, Object> body = with(definition(unique()), "unit", "furlongs");
        refusedCreate(body)
                .body("errors.field", hasItem("unit"))
                .body("errors[0].message", containsString("count_per_100k"));
        assertNotCreated(body);
    }

    @Test
    void unknownDirectionIsRefusedNamingTheField() {
        refusedCreate(with(definition(unique()), "direction", "up")).body("errors.field", hasItem("direction"));
    }

    @Test
    void badKoladaIdIsRefused() {
        Map<String, Object> body = with(definition(unique()), "koladaKpiId", "n0009");
        refusedCreate(body).body("errors.field", hasItem("koladaKpiId"));
        assertNotCreated(body);
    }

    @Test
    void keyThatIsNotAnAsciiSlugIsRefused() {
        refusedCreate(with(definition(unique()), "key", "Hotellövernattningar")).body("errors.field", hasItem("key"));
    }

    @Test
    void badDepartmentCodeIsRefused() {
        refusedCreate(with(definition(unique()), "owningDepartment", "/departments/Miljö")).body("errors.field", hasItem("owningDepartment"));
    }

    @Test
    void serviceOwnedFieldsInTheBodyAreRefused() {
        Map<String, Object> withId = with(definition(unique()), "id", UUID.randomUUID().toString());
        refusedCreate(withId).body("errors.field", hasItem("id")).body("errors[0].message", equalTo("is not a property this request accepts"));
        assertNotCreated(withId);

        Map<String, Object> withStatus = with(definition(unique()), "status", "retired");
        refusedCreate(withStatus).body("errors.field", hasItem("status"));
        assertNotCreated(withStatus);

        String id = UUID.randomUUID().toString();
        as(PLANNER).body(with(definition(unique()), "version", 7)).when().put(PATH + "/" + id)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("version"));
        as(VIEWER).when().get(PATH + "/" + id).then().statusCode(404);
    }

    @Test
    void malformedJsonIsRefused() {
        as(PLANNER).body("{\"key\": ").when().post(PATH).then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void missingBodyIsRefused() {
        as(PLANNER).when().post(PATH).then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void oversizedPageIsRefused() {
        as(VIEWER).queryParam("size", 1000).when().get(PATH)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("size"));
    }

    @Test
    void unknownFilterValuesAreRefused() {
        as(VIEWER).queryParam("status", "deleted").when().get(PATH)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("status"));
        as(VIEWER).queryParam("source", "wikipedia").when().get(PATH)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("source"));
        as(VIEWER).queryParam("koladaKpiId", "N1").when().get(PATH)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("koladaKpiId"));
    }

    @Test
    void unknownIdIsNotFound() {
        String id = UUID.randomUUID().toString();
        as(VIEWER).when().get(PATH + "/" + id)
                .then().statusCode(404).contentType(PROBLEM).body("detail", containsString(id));
        as(PLANNER).body(Map.of("reason", "Utgår")).when().post(PATH + "/" + id + "/retire")
                .then().statusCode(404).contentType(PROBLEM);
        as(VIEWER).when().get(PATH + "/not-a-uuid").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void duplicateKeyIsAConflictNamingTheKey() {
        String suffix = unique();
        Map<String, Object> first = definition(suffix);
        String existing = create(first);
        Map<String, Object> second = with(first, "title", "Ett annat namn " + suffix);

        as(PLANNER).body(second).when().post(PATH)
                .then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("hotellovernattningar-" + suffix));
        String other = UUID.randomUUID().toString();
        as(PLANNER).body(second).when().put(PATH + "/" + other)
                .then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("hotellovernattningar-" + suffix));

        as(VIEWER).when().get(PATH + "/" + other).then().statusCode(404);
        as(VIEWER).when().get(PATH + "/" + existing).then().statusCode(200).body("title", equalTo(first.get("title")));
    }

    @Test
    void changingTheKeyToAnotherIndicatorsKeyIsAConflict() {
        Map<String, Object> taken = definition(unique());
        create(taken);
        Map<String, Object> mine = definition(unique());
        String id = create(mine);

        as(PLANNER).body(with(mine, "key", taken.get("key"))).when().put(PATH + "/" + id)
                .then().statusCode(409).contentType(PROBLEM);
        as(VIEWER).when().get(PATH + "/" + id).then().statusCode(200).body("key", equalTo(mine.get("key")));
    }

    @Test
    void retiringTwiceIsAConflict() {
        String id = create(definition(unique()));
        retire(id, null, "Utgår");

        as(PLANNER).body(Map.of("reason", "Igen")).when().post(PATH + "/" + id + "/retire")
                .then().statusCode(409).contentType(PROBLEM);
        as(VIEWER).when().get(PATH + "/" + id).then().body("retiredReason", equalTo("Utgår"));
    }

    @Test
    void replacementMustBeAnotherKnownActiveIndicator() {
        String id = create(definition(unique()));
        String retired = create(definition(unique()));
        retire(retired, null, "Utgår");

        for (String replacement : new String[] { id, UUID.randomUUID().toString(), retired }) {
            as(PLANNER).body(Map.of("replacedBy", replacement, "reason", "Ersätts")).when().post(PATH + "/" + id + "/retire")
                    .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("replacedBy"));
        }
        as(VIEWER).when().get(PATH + "/" + id).then().body("status", equalTo("active"));
    }

    @Test
    void retiringWithoutReasonIsRefused() {
        String id = create(definition(unique()));
        as(PLANNER).body(new HashMap<>()).when().post(PATH + "/" + id + "/retire")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("reason"));
        as(VIEWER).when().get(PATH + "/" + id).then().body("status", equalTo("active"));
    }

    private static ValidatableResponse refusedCreate(Map<String, Object> body) {
        return as(PLANNER).body(body).when().post(PATH).then().statusCode(400).contentType(PROBLEM).body("status", equalTo(400));
    }

    /** Nothing of the refused definition's department (unique to the test) is in the catalogue. */
    private static void assertNotCreated(Map<String, Object> body) {
        as(VIEWER).queryParam("department", body.get("owningDepartment")).when().get(PATH)
                .then().statusCode(200).body("totalItems", equalTo(0));
    }
}
