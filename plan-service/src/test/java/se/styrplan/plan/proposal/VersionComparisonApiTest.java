package se.styrplan.plan.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static se.styrplan.plan.PlanApi.KARLSTAD_REVISION;
import static se.styrplan.plan.PlanApi.KARLSTAD_STATEMENT;
import static se.styrplan.plan.PlanApi.PLANNER;
import static se.styrplan.plan.PlanApi.VIEWER;
import static se.styrplan.plan.PlanApi.adoptedVersionId;
import static se.styrplan.plan.PlanApi.as;
import static se.styrplan.plan.PlanApi.importKarlstad;
import static se.styrplan.plan.PlanApi.karlstadProposal;
import static se.styrplan.plan.PlanApi.proposedVersionId;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import se.styrplan.plan.transcription.IndicatorIds;

/** Any two versions compared (JSON or a document), and the import of the document's two proposals with their notes. */
@QuarkusTest
class VersionComparisonApiTest {

    private static final String CLIMATE = "karlstad-ska-vara-en-fossilfri-och-klimatsmart-kommun";

    @Test
    void comparesTwoVersionsAsChangesByKey() {
        JsonPath json = as(VIEWER).queryParam("from", adoptedVersionId().toString()).queryParam("to", proposedVersionId().toString())
                .get("/api/plan/versions/compare").then().statusCode(200).contentType("application/json").extract().jsonPath();

        assertThat(json.getString("from.label")).isEqualTo("Strategisk plan från 2023");
        assertThat(json.getList("changes.findAll { it.itemKind == 'goal' && it.change == 'added' }.itemKey"))
                .containsExactly("karlstad-ska-starka-sin-roll-som-tillvaxtmotor");
        assertThat(json.getList("changes.findAll { it.itemKind == 'goal' && it.change == 'removed' }.itemKey"))
                .containsExactly("karlstad-ska-ha-ett-gott-foretagsklimat", "karlstads-befolkning-ska-arligen-oka-med-minst-en-procent");
        assertThat(json.getList("changes.findAll { it.itemKind == 'indicator' && it.change == 'added' }.itemKey"))
                .contains(CLIMATE + ":" + IndicatorIds.of("fossiloberoende-personbilar"));
        assertThat(json.getList("changes.findAll { it.itemKind == 'indicator' && it.change == 'removed' }.itemKey"))
                .contains(CLIMATE + ":" + IndicatorIds.of("miljobilar"));
        // the climate goal's text, word by word
        List<Map<String, Object>> runs = json.getList("changes.find { it.itemKind == 'goal_text' && it.itemKey == '" + CLIMATE + "' }.textDiff.runs.flatten()");
        assertThat(runs).anySatisfy(r -> {
            assertThat(r).containsEntry("mark", "removed");
            assertThat(r.get("text").toString().strip()).isEqualTo("Inom några årtionden bli en fossilfri kommun.");
        });
        // a comparison of versions carries no proposal's notes
        assertThat(json.getList("changes.note")).allMatch(n -> n == null);
        // and the other way round, what was added is removed
        JsonPath back = as(VIEWER).queryParam("from", proposedVersionId().toString()).queryParam("to", adoptedVersionId().toString())
                .get("/api/plan/versions/compare").then().statusCode(200).extract().jsonPath();
        assertThat(back.getList("changes.findAll { it.itemKind == 'goal' && it.change == 'removed' }.itemKey"))
                .containsExactly("karlstad-ska-starka-sin-roll-som-tillvaxtmotor");
    }

    @Test
    void comparesTwoVersionsAsADocument() {
        String byAccept = as(VIEWER).accept("text/html").queryParam("from", adoptedVersionId().toString())
                .queryParam("to", proposedVersionId().toString()).get("/api/plan/versions/compare")
                .then().statusCode(200).contentType(startsWith("text/html")).extract().asString();
        String byPath = as(VIEWER).queryParam("from", adoptedVersionId().toString()).queryParam("to", proposedVersionId().toString())
                .get("/api/plan/versions/compare/document").then().statusCode(200).contentType(startsWith("text/html")).extract().asString();
        for (String html : List.of(byAccept, byPath)) {
            Document doc = Jsoup.parse(html);
            assertThat(doc.select("h1").text()).isEqualTo("Jämförelse av Strategisk plan från 2023 och "
                    + "Blågröna styrets förslag till revidering av Strategisk plan från 2023");
            assertThat(doc.select(".legend li")).hasSize(3);
            assertThat(doc.select("article.goal.added h3 ins").eachText()).containsExactly(KarlstadProposalDocumentTest.NEW_GOAL);
            assertThat(doc.select("article.goal.removed")).hasSize(2);
            assertThat(doc.select(".comment, .motivation")).isEmpty();
        }
    }

    @Test
    void refusesWhatItCannotCompare() {
        as(VIEWER).queryParam("from", adoptedVersionId().toString()).get("/api/plan/versions/compare").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("to"));
        as(VIEWER).queryParam("from", adoptedVersionId().toString()).queryParam("to", UUID.randomUUID().toString())
                .get("/api/plan/versions/compare").then().statusCode(404).contentType("application/problem+json");
        as(VIEWER).queryParam("ids", karlstadProposal(KARLSTAD_REVISION).toString()).get("/api/plan/proposals/compare")
                .then().statusCode(400).body("errors.field", hasItem("ids"));
        as(VIEWER).queryParam("ids", karlstadProposal(KARLSTAD_REVISION) + "," + karlstadProposal(KARLSTAD_STATEMENT))
                .get("/api/plan/proposals/compare").then().statusCode(400).body("errors.field", hasItem("ids"));
        as(VIEWER).queryParam("ids", "inte-ett-id,annat").get("/api/plan/proposals/compare").then().statusCode(400);
    }

    @Test
    void theImportLoadsTheDocumentsTwoProposalsWithTheirNotesOnce() {
        JsonPath again = importKarlstad();
        assertThat(again.getString("status")).isEqualTo("unchanged");
        assertThat(again.getList("proposals.key")).containsExactly(KARLSTAD_REVISION, KARLSTAD_STATEMENT);

        JsonPath revision = as(PLANNER).get("/api/plan/proposals/" + karlstadProposal(KARLSTAD_REVISION)).then().statusCode(200)
                .body("kind", equalTo("revision")).body("baseVersionId", equalTo(adoptedVersionId().toString()))
                .body("draftVersionId", equalTo(proposedVersionId().toString()))
                .body("author.kind", equalTo("party_group")).body("author.group", equalTo("blagrona-styret"))
                .extract().jsonPath();
        assertThat(revision.getString("status")).isIn("submitted", "adopted");
        assertThat(revision.getString("submittedAt")).isNotNull();
        List<Map<String, Object>> notes = revision.getList("notes");
        assertThat(notes).hasSize(14);
        assertThat(note(notes, "goal", "karlstad-ska-ha-ett-gott-foretagsklimat").get("comment").toString()).startsWith("Målet utgår, Kommunstyrelsen");
        Map<String, Object> newGoal = note(notes, "goal", "karlstad-ska-starka-sin-roll-som-tillvaxtmotor");
        assertThat(newGoal.get("motivation").toString().split("\n\n")).hasSize(3);
        assertThat(newGoal.get("note")).isEqualTo("Förslag på fler indikator tas fram under hösten 2022");
        assertThat(note(notes, "indicator", CLIMATE + ":" + IndicatorIds.of("fossiloberoende-personbilar")).get("comment").toString())
                .startsWith("Definitionen för vad som räknas som miljöbilar");
        Map<String, Object> housing = note(notes, "goal_text", "karlstadsborna-ska-ha-bra-bostader-och-bostadsomraden");
        assertThat(housing.get("uncertain")).isEqualTo(true);
        assertThat(housing.get("note").toString().split("\n\n")).hasSize(2);
        assertThat(notes).filteredOn(n -> Boolean.TRUE.equals(n.get("uncertain"))).hasSize(8);

        as(VIEWER).get("/api/plan/proposals/" + karlstadProposal(KARLSTAD_STATEMENT)).then().statusCode(200)
                .body("kind", equalTo("statement")).body("status", equalTo("submitted")).body("draftVersionId", equalTo(null))
                .body("author.group", equalTo("socialdemokraterna")).body("author.name", equalTo("Socialdemokraterna"))
                .body("statement.intro.size()", equalTo(2)).body("statement.priorities.size()", equalTo(3))
                .body("statement.closing[0]", equalTo("Tillgänglighet, delaktighet, demokrati och inflytande är andra viktiga perspektiv som ska beaktas."))
                .body("notes.size()", equalTo(0));
    }

    private static Map<String, Object> note(List<Map<String, Object>> notes, String kind, String key) {
        return notes.stream().filter(n -> kind.equals(n.get("itemKind")) && key.equals(n.get("itemKey"))).findFirst()
                .orElseThrow(() -> new AssertionError("no note on " + kind + " " + key));
    }
}
