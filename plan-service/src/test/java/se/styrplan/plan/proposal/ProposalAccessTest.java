package se.styrplan.plan.proposal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static se.styrplan.plan.PlanApi.ADMIN;
import static se.styrplan.plan.PlanApi.BO;
import static se.styrplan.plan.PlanApi.EDITOR;
import static se.styrplan.plan.PlanApi.KARLSTAD_REVISION;
import static se.styrplan.plan.PlanApi.PLANNER;
import static se.styrplan.plan.PlanApi.SARA;
import static se.styrplan.plan.PlanApi.VIEWER;
import static se.styrplan.plan.PlanApi.as;
import static se.styrplan.plan.PlanApi.karlstadProposal;
import static se.styrplan.plan.PlanApi.newSmallPlan;
import static se.styrplan.plan.PlanApi.tree;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Who may do what with proposals: a party group's members write their own group's drafts (and their working copies)
 * only; nobody but planners and admins decides; drafts are private to their authors and the planners; submitted
 * proposals are public records.
 */
@QuarkusTest
class ProposalAccessTest {

    private static final Map<String, Object> DECISION = Map.of("decidedOn", "2025-06-12", "decidedBy", "Kommunfullmäktige");

    @Test
    void aPartyGroupWritesItsOwnDraftAndItsWorkingCopy() {
        UUID plan = newSmallPlan();
        JsonPath mine = as(BO).body(Map.of("planId", plan, "kind", "revision", "title", "Blågröna styrets förslag"))
                .post("/api/plan/proposals").then().statusCode(201)
                .body("author.kind", equalTo("party_group")).body("author.group", equalTo("blagrona-styret"))
                .body("status", equalTo("draft")).body("createdBy", equalTo("bo")).extract().jsonPath();
        String id = mine.getString("id");
        String goal = ProposalAdoptionTest.goalId(mine, "mal-2");

        // bo edits the working copy with the plan structure operations, and comments on it
        as(BO).body(Map.of("title", "Alla ska ha en trygg bostad", "sdgs", List.of(11))).put("/api/plan/goals/" + goal).then().statusCode(200);
        as(BO).body(Map.of("comment", "Tryggheten först.", "motivation", "Många känner sig otrygga.\n\nDet ska ändras."))
                .put("/api/plan/proposals/" + id + "/notes/goal/mal-2").then().statusCode(200).body("comment", equalTo("Tryggheten först."));
        as(BO).body(Map.of("comment", "x")).put("/api/plan/proposals/" + id + "/notes/goal/finns-inte").then().statusCode(400)
                .body("errors.field", hasItem("itemKey"));
        as(BO).body(Map.of("comment", "x")).put("/api/plan/proposals/" + id + "/notes/mal/mal-2").then().statusCode(400)
                .body("errors.field", hasItem("itemKind"));
        JsonPath changes = as(BO).get("/api/plan/proposals/" + id + "/changes").then().statusCode(200).extract().jsonPath();
        assertThat(changes.getList("changes.itemKey")).contains("mal-2");
        assertThat(changes.getString("changes.find { it.itemKind == 'goal' }.note.comment")).isEqualTo("Tryggheten först.");
        assertThat(changes.getList("changes.find { it.itemKind == 'goal' }.titleDiff.mark")).contains("added");

        // nobody else's party group reads or writes it: it is not found
        as(SARA).get("/api/plan/proposals/" + id).then().statusCode(404).contentType("application/problem+json");
        as(SARA).get("/api/plan/proposals/" + id + "/document").then().statusCode(404);
        as(SARA).get("/api/plan/versions/" + mine.getString("draftVersionId") + "/tree").then().statusCode(404);
        as(SARA).body(Map.of("title", "Kapat")).put("/api/plan/goals/" + goal).then().statusCode(404);
        as(SARA).post("/api/plan/proposals/" + id + "/submission").then().statusCode(404);
        assertThat(as(SARA).queryParam("plan", plan).get("/api/plan/proposals").then().statusCode(200).extract().jsonPath()
                .getList("items.id")).doesNotContain(id);
        // a viewer without a party group neither; planners read and edit it
        as(VIEWER).get("/api/plan/proposals/" + id).then().statusCode(404);
        as(PLANNER).get("/api/plan/proposals/" + id).then().statusCode(200).body("notes[0].itemKey", equalTo("mal-2"));
        assertThat(as(BO).queryParam("plan", plan).get("/api/plan/proposals").then().extract().jsonPath().getList("items.id")).contains(id);
        // not public while a draft
        given().get("/public/plan/proposals/" + id).then().statusCode(404).contentType("application/problem+json");
        given().get("/public/plan/proposals/" + id + "/document").then().statusCode(404);

        // bo cannot decide anything, not even on his own proposal
        as(BO).post("/api/plan/proposals/" + id + "/submission").then().statusCode(200).body("status", equalTo("submitted"));
        as(BO).body(DECISION).post("/api/plan/proposals/" + id + "/adoption").then().statusCode(403).contentType("application/problem+json");
        as(BO).body(DECISION).post("/api/plan/proposals/" + id + "/rejection").then().statusCode(403);
        // submitted: no more edits, by anyone
        as(BO).body(Map.of("title", "Sent ändrat", "sdgs", List.of(11))).put("/api/plan/goals/" + goal).then().statusCode(409)
                .body("type", containsString("proposal-not-draft"));
        as(PLANNER).body(Map.of("title", "Sent ändrat", "sdgs", List.of(11))).put("/api/plan/goals/" + goal).then().statusCode(409);
        as(BO).body(Map.of("title", "Nytt namn")).put("/api/plan/proposals/" + id).then().statusCode(409);

        // submitted: everyone logged in reads it, and so does anyone without logging in
        as(SARA).get("/api/plan/proposals/" + id).then().statusCode(200);
        as(VIEWER).get("/api/plan/versions/" + mine.getString("draftVersionId") + "/tree").then().statusCode(200);
        given().get("/public/plan/proposals/" + id).then().statusCode(200).body("status", equalTo("submitted"))
                .body("createdBy", equalTo(null));
        given().get("/public/plan/proposals/" + id + "/changes").then().statusCode(200).body("changes.itemKey", hasItem("mal-2"));
        String html = given().get("/public/plan/proposals/" + id + "/document").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html);
        assertThat(doc.select("article.goal h3 ins").eachText()).containsExactly("trygg");
        assertThat(doc.select("article.goal .comment").eachText()).containsExactly("Kommentar: Tryggheten först.");
        assertThat(doc.select("article.goal .motivation p").eachText()).containsExactly("Många känner sig otrygga.", "Det ska ändras.");
        assertThat(given().queryParam("plan", plan).get("/public/plan/proposals").then().statusCode(200).extract().jsonPath()
                .getList("items.id")).contains(id);

        // bo withdraws it; it stays a public record
        as(BO).post("/api/plan/proposals/" + id + "/withdrawal").then().statusCode(200).body("status", equalTo("withdrawn"));
        given().get("/public/plan/proposals/" + id).then().statusCode(200).body("status", equalTo("withdrawn"));
    }

    @Test
    void aPartyGroupCannotWriteForAnotherGroupOrTheCentralOfficeNorEditOtherDrafts() {
        UUID plan = newSmallPlan();
        as(BO).body(Map.of("planId", plan, "kind", "revision", "title", "x", "authorGroup", "socialdemokraterna"))
                .post("/api/plan/proposals").then().statusCode(403);
        as(BO).body(Map.of("planId", plan, "kind", "revision", "title", "x", "authorKind", "central_office"))
                .post("/api/plan/proposals").then().statusCode(403);
        // a draft of the planners (not a proposal) is not bo's to edit
        String draft = as(PLANNER).body(Map.of("label", "Planerarnas utkast")).post("/api/plan/plans/" + plan + "/versions")
                .then().statusCode(201).extract().path("id");
        String goal = tree(UUID.fromString(draft)).getString("targetAreas[0].goals[0].id");
        as(BO).body(Map.of("title", "Kapat")).put("/api/plan/goals/" + goal).then().statusCode(403).contentType("application/problem+json");
        // nor is sara's proposal
        JsonPath hers = as(SARA).body(Map.of("planId", plan, "kind", "statement", "title", "Våra prioriteringar"))
                .post("/api/plan/proposals").then().statusCode(201).body("author.group", equalTo("socialdemokraterna")).extract().jsonPath();
        as(BO).body(Map.of("title", "Kapat")).put("/api/plan/proposals/" + hers.getString("id")).then().statusCode(404);
        as(PLANNER).body(Map.of("title", "Våra prioriteringar 2026", "statement", Map.of("priorities", List.of("Jobb"))))
                .put("/api/plan/proposals/" + hers.getString("id")).then().statusCode(200).body("statement.priorities[0]", equalTo("Jobb"));
    }

    @Test
    void aViewerOrEditorWithoutAPartyGroupCannotCreateAProposal() {
        UUID plan = newSmallPlan();
        for (String user : List.of(VIEWER, EDITOR)) {
            as(user).body(Map.of("planId", plan, "kind", "revision", "title", "Mitt förslag")).post("/api/plan/proposals")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().contentType("application/json").body(Map.of("planId", plan, "kind", "revision", "title", "Anonymt"))
                .post("/api/plan/proposals").then().statusCode(401);
        as(ADMIN).body(Map.of("planId", plan, "kind", "revision", "title", "Kommunledningskontorets förslag")).post("/api/plan/proposals")
                .then().statusCode(201).body("author.kind", equalTo("central_office")).body("author.name", equalTo("Kommunledningskontoret"));
        as(PLANNER).body(Map.of("planId", plan, "kind", "revisjon", "title", "x")).post("/api/plan/proposals").then().statusCode(400);
        as(PLANNER).body(Map.of("planId", UUID.randomUUID(), "kind", "revision", "title", "x")).post("/api/plan/proposals").then().statusCode(404);
    }

    @Test
    void theLoadedProposalsArePublicRecords() {
        UUID revision = karlstadProposal(KARLSTAD_REVISION);
        given().get("/public/plan/proposals/" + revision).then().statusCode(200)
                .body("title", equalTo("Blågröna styrets förslag till revidering av Strategisk plan från 2023"))
                .body("author.group", equalTo("blagrona-styret")).body("author.name", equalTo("Blågröna styret"))
                .body("status", not(equalTo("draft")));
        List<Map<String, Object>> listed = given().get("/public/plan/proposals").then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(listed).extracting(p -> p.get("key")).contains(KARLSTAD_REVISION, "socialdemokraterna-prioriteringar");
        assertThat(listed).noneMatch(p -> "draft".equals(p.get("status")));
        // everyone logged in reads the submitted proposals, sara her opponents' too
        as(SARA).get("/api/plan/proposals/" + revision + "/changes").then().statusCode(200);
        as(VIEWER).queryParam("status", "submitted").get("/api/plan/proposals").then().statusCode(200);
        as(VIEWER).queryParam("status", "inlämnat").get("/api/plan/proposals").then().statusCode(400).body("errors.field", hasItem("status"));
    }
}
