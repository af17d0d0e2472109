package se.styrplan.plan.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static se.styrplan.plan.PlanApi.VIEWER;
import static se.styrplan.plan.PlanApi.adoptedVersionId;
import static se.styrplan.plan.PlanApi.as;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SearchTest {

    @Test
    void findsGoalsIgnoringCaseAndSwedishDiacritics() {
        List<Map<String, Object>> hits = search("KARLSTADSBORNA SKA HA GODA MOJLIGHETER ATT FORSORJA");
        assertThat(hits).extracting(h -> h.get("title")).contains("Karlstadsborna ska ha goda möjligheter att försörja sig själva");
        assertThat(hits).allMatch(h -> "goal".equals(h.get("kind")));
    }

    @Test
    void findsIndicatorLinesWithTheirGoal() {
        List<Map<String, Object>> hits = search("miljobilar");
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0)).containsEntry("kind", "indicator")
                .containsEntry("goalTitle", "Karlstad ska vara en fossilfri och klimatsmart kommun");
        assertThat((String) hits.get(0).get("title")).startsWith("Miljöbilar");
        assertThat(hits.get(0).get("indicatorId")).isNotNull();
    }

    @Test
    void matchesDescriptionsAndTreatsWildcardsLiterally() {
        assertThat(search("Vänerskärgården")).isEmpty(); // proposed text only: not in the adopted version
        assertThat(search("100%")).isEmpty();
        assertThat(search("spontanidrott")).isEmpty();
        assertThat(search("blandad bebyggelse")).extracting(h -> h.get("title"))
                .containsExactly("Karlstadsborna ska ha tillgång till bra bostäder och bostadsområden");
    }

    @Test
    void emptyQueryIsRefused() {
        as(VIEWER).queryParam("q", " ").get("/api/plan/versions/" + adoptedVersionId() + "/search")
                .then().statusCode(400).body("errors.field", hasItem("q"));
    }

    private static List<Map<String, Object>> search(String q) {
        return as(VIEWER).queryParam("q", q).get("/api/plan/versions/" + adoptedVersionId() + "/search")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }
}
