package se.styrplan.indicator.scope;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static se.styrplan.indicator.TestApi.ADMIN;
import static se.styrplan.indicator.TestApi.ARBETSMARKNAD;
import static se.styrplan.indicator.TestApi.DEFINITIONS;
import static se.styrplan.indicator.TestApi.EDITOR;
import static se.styrplan.indicator.TestApi.OTHER_EDITOR;
import static se.styrplan.indicator.TestApi.PLANNER;
import static se.styrplan.indicator.TestApi.PROBLEM;
import static se.styrplan.indicator.TestApi.VIEWER;
import static se.styrplan.indicator.TestApi.as;
import static se.styrplan.indicator.TestApi.auditOf;
import static se.styrplan.indicator.TestApi.createIndicator;
import static se.styrplan.indicator.TestApi.historyPath;
import static se.styrplan.indicator.TestApi.json;
import static se.styrplan.indicator.TestApi.periods;
import static se.styrplan.indicator.TestApi.putValues;
import static se.styrplan.indicator.TestApi.series;
import static se.styrplan.indicator.TestApi.targetsPath;
import static se.styrplan.indicator.TestApi.value;
import static se.styrplan.indicator.TestApi.valuesPath;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * OWASP API1 (broken object level authorisation) for values and targets: the editor role lets both erik
 * (Miljöförvaltningen) and karin (Arbetsmarknads- och socialförvaltningen) through the door, and the object check
 * must keep karin out of erik's department's indicators. Every refusal is checked by reading back that nothing
 * was written.
 */
@QuarkusTest
class DepartmentScopeBolaTest {

    private static final Map<String, Object> TARGET = Map.of("value", 75, "comment", "Enligt klimatstrategin");

    @Test
    void anEditorOfAnotherDepartmentMayNotRecordValues() {
        String id = createIndicator("percent");
        putValues(OTHER_EDITOR, id, List.of(value("1780", "2023", "41.5"), value("0580", "2023", "40")))
                .then().statusCode(403).contentType(PROBLEM)
                .body("status", equalTo(403))
                .body("detail", containsString("miljoforvaltningen"));

        assertThat(periods(series(id, "1780", "T"))).isEmpty();
        assertThat(periods(series(id, "0580", "T"))).isEmpty();
        assertThat(auditOf(id + "/1780/2023/T").path("totalItems").asInt()).isZero();
    }

    @Test
    void anEditorOfAnotherDepartmentMayNotCorrectValues() {
        String id = createIndicator("percent");
        putValues(EDITOR, id, List.of(value("1780", "2023", "41.5"))).then().statusCode(200);

        putValues(OTHER_EDITOR, id, List.of(value("1780", "2023", "99"))).then().statusCode(403).contentType(PROBLEM);

        JsonNode history = json(as(VIEWER).when().get(historyPath(id, "1780", "2023", "T")).then().statusCode(200).extract().response());
        assertThat(history.path("current").path("value").decimalValue()).isEqualByComparingTo("41.5");
        assertThat(history.path("current").path("recordedBy").asText()).isEqualTo(EDITOR);
        assertThat(history.path("corrections")).isEmpty();
    }

    @Test
    void anEditorOfAnotherDepartmentMayNotSetOrRemoveTargets() {
        String id = createIndicator("percent");
        as(OTHER_EDITOR).body(TARGET).when().put(targetsPath(id) + "/2030").then().statusCode(403).contentType(PROBLEM);
        as(VIEWER).when().get(targetsPath(id)).then().statusCode(200).body("size()", equalTo(0));

        as(EDITOR).body(TARGET).when().put(targetsPath(id) + "/2030").then().statusCode(200);
        as(OTHER_EDITOR).body(Map.of("value", 10)).when().put(targetsPath(id) + "/2030").then().statusCode(403);
        as(OTHER_EDITOR).when().delete(targetsPath(id) + "/2030").then().statusCode(403).contentType(PROBLEM);

        as(VIEWER).when().get(targetsPath(id)).then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].value", equalTo(75))
                .body("[0].setBy", equalTo(EDITOR));
        assertThat(auditOf(id + "/2030/T").path("totalItems").asInt()).isEqualTo(1);
    }

    @Test
    void theEditorOfTheOwningDepartmentMayWriteValuesAndTargets() {
        String id = createIndicator("percent");
        putValues(EDITOR, id, List.of(value("1780", "2023", "41.5"))).then().statusCode(200);
        as(EDITOR).body(TARGET).when().put(targetsPath(id) + "/2030").then().statusCode(200);
        as(EDITOR).when().delete(targetsPath(id) + "/2030").then().statusCode(204);

        assertThat(periods(series(id, "1780", "T"))).containsExactly("2023");
        as(VIEWER).when().get(targetsPath(id)).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void theOtherEditorMayWriteForTheirOwnDepartment() {
        // the 403s above are about the department, not a broken token or role
        String id = createIndicator("percent", ARBETSMARKNAD);
        putValues(OTHER_EDITOR, id, List.of(value("1780", "2023", "41.5"))).then().statusCode(200);
        putValues(EDITOR, id, List.of(value("1780", "2022", "40"))).then().statusCode(403);
        assertThat(periods(series(id, "1780", "T"))).containsExactly("2023");
    }

    @ParameterizedTest
    @ValueSource(strings = { PLANNER, ADMIN })
    void plannersAndAdminsMayWriteForEveryDepartment(String user) {
        String id = createIndicator("percent");
        putValues(user, id, List.of(value("1780", "2023", "41.5"))).then().statusCode(200);
        as(user).body(TARGET).when().put(targetsPath(id) + "/2030").then().statusCode(200).body("setBy", equalTo(user));

        assertThat(periods(series(id, "1780", "T"))).containsExactly("2023");
        as(VIEWER).when().get(targetsPath(id)).then().body("size()", equalTo(1));
        as(user).when().delete(targetsPath(id) + "/2030").then().statusCode(204);
    }

    @Test
    void anIndicatorWithoutOwningDepartmentIsWrittenOnlyByPlannersAndAdmins() {
        String id = createIndicator("percent", null);
        putValues(EDITOR, id, List.of(value("1780", "2023", "41.5"))).then().statusCode(403);
        putValues(OTHER_EDITOR, id, List.of(value("1780", "2023", "41.5"))).then().statusCode(403);
        putValues(PLANNER, id, List.of(value("1780", "2022", "40"))).then().statusCode(200);
        assertThat(periods(series(id, "1780", "T"))).containsExactly("2022");
    }

    @Test
    void aViewerMayReadButNotWrite() {
        String id = createIndicator("percent");
        putValues(VIEWER, id, List.of(value("1780", "2023", "41.5"))).then().statusCode(403).contentType(PROBLEM);
        as(VIEWER).body(TARGET).when().put(targetsPath(id) + "/2030").then().statusCode(403).contentType(PROBLEM);
        as(PLANNER).body(TARGET).when().put(targetsPath(id) + "/2031").then().statusCode(200);
        as(VIEWER).when().delete(targetsPath(id) + "/2031").then().statusCode(403).contentType(PROBLEM);

        assertThat(periods(series(id, "1780", "T"))).isEmpty();
        as(VIEWER).when().get(targetsPath(id)).then().statusCode(200).body("size()", equalTo(1)).body("[0].year", equalTo(2031));
    }

    @Test
    void withoutATokenEverythingIsUnauthorized() {
        String id = createIndicator("percent");
        given().contentType(ContentType.JSON).body(List.of(value("1780", "2023", "41.5"))).when().put(valuesPath(id))
                .then().statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", startsWith("Bearer"));
        given().contentType(ContentType.JSON).body(TARGET).when().put(targetsPath(id) + "/2030").then().statusCode(401).contentType(PROBLEM);
        given().when().delete(targetsPath(id) + "/2030").then().statusCode(401);
        given().when().get(targetsPath(id)).then().statusCode(401);
        given().queryParam("area", "1780").when().get(DEFINITIONS + "/" + id + "/series").then().statusCode(401);
        given().when().get(historyPath(id, "1780", "2023", "T")).then().statusCode(401);
        given().queryParam("period", "2023").queryParam("area", "1780").when().get("/api/indicators/values").then().statusCode(401);
        given().queryParam("period", "2023").queryParam("set", "karlstad-jamforelse")
                .when().get(DEFINITIONS + "/" + id + "/comparison").then().statusCode(401);
        given().when().get("/api/indicators/areas").then().statusCode(401);
        given().when().get("/api/indicators/comparison-sets").then().statusCode(401);

        assertThat(periods(series(id, "1780", "T"))).isEmpty();
    }
}
