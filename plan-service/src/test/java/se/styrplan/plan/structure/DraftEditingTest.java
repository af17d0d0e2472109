package se.styrplan.plan.structure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static se.styrplan.plan.PlanApi.ADMIN;
import static se.styrplan.plan.PlanApi.EDITOR;
import static se.styrplan.plan.PlanApi.PLANNER;
import static se.styrplan.plan.PlanApi.VIEWER;
import static se.styrplan.plan.PlanApi.adoptedVersionId;
import static se.styrplan.plan.PlanApi.as;
import static se.styrplan.plan.PlanApi.newDraft;
import static se.styrplan.plan.PlanApi.tree;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class DraftEditingTest {

    private static final String GOAL = """
            {"title": "Karlstad ska ha rena sjöar", "description": [{"heading": null, "paragraphs": ["Vattnet ska vara rent."]}],
             "sdgs": [6, 14], "indicators": [{"indicatorId": "%s", "title": "Sjöar med god status, andel (%%)"}]}
            """;

    @Test
    void removingTheFirstIndicatorOrSdgKeepsTheOthersInOrder() {
        UUID draft = newDraft("Utkast: ta bort första");
        String goalId = (String) firstGoal(tree(draft)).get("id");
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        as(PLANNER).body(Map.of("indicators", List.of(link(a, "A"), link(b, "B"), link(c, "C"))))
                .put("/api/plan/goals/" + goalId + "/indicators").then().statusCode(200);
        as(PLANNER).body(Map.of("title", "Mål", "sdgs", List.of(3, 6, 11), "indicators", List.of(link(a, "A"), link(b, "B"), link(c, "C"))))
                .put("/api/plan/goals/" + goalId).then().statusCode(200);

        // the list shifts up: stored by position, the old first row takes the second's indicator before the second goes
        as(PLANNER).body(Map.of("indicators", List.of(link(b, "B"), link(c, "C"))))
                .put("/api/plan/goals/" + goalId + "/indicators").then().statusCode(200);
        as(PLANNER).body(Map.of("title", "Mål", "sdgs", List.of(6, 11), "indicators", List.of(link(c, "C"), link(b, "B"))))
                .put("/api/plan/goals/" + goalId).then().statusCode(200);

        JsonPath read = as(VIEWER).get("/api/plan/goals/" + goalId).then().statusCode(200).extract().jsonPath();
        assertThat(read.getList("indicators.indicatorId", String.class)).containsExactly(c.toString(), b.toString());
        assertThat(read.getList("sdgs.number", Integer.class)).containsExactly(6, 11);
    }

    private static Map<String, Object> link(UUID id, String title) {
        return Map.of("indicatorId", id.toString(), "title", title);
    }

    @Test
    void plannerEditsAGoalOfADraftAndReadsItBack() {
        UUID draft = newDraft("Utkast: redigering");
        Map<String, Object> goal = firstGoal(tree(draft));
        String goalId = (String) goal.get("id");

        as(PLANNER).body(GOAL.formatted(UUID.randomUUID())).put("/api/plan/goals/" + goalId).then().statusCode(200);

        JsonPath read = as(VIEWER).get("/api/plan/goals/" + goalId).then().statusCode(200).extract().jsonPath();
        assertThat(read.getString("title")).isEqualTo("Karlstad ska ha rena sjöar");
        assertThat(read.getList("sdgs.number", Integer.class)).containsExactly(6, 14);
        assertThat(read.getString("sdgs[1].name")).isEqualTo("Hav och marina resurser");
        assertThat(read.getList("description[0].paragraphs", String.class)).containsExactly("Vattnet ska vara rent.");
        assertThat(read.getString("key")).isEqualTo(goal.get("key")); // the key follows the goal across edits
    }

    @Test
    void plannerAddsReordersMovesAndRemoves() {
        UUID draft = newDraft("Utkast: struktur");
        String area = as(PLANNER).body("{\"title\": \"En digital kommun\"}")
                .post("/api/plan/versions/" + draft + "/target-areas").then().statusCode(201)
                .body("key", equalTo("en-digital-kommun")).extract().path("id");
        String goal = as(PLANNER).body(GOAL.formatted(UUID.randomUUID()))
                .post("/api/plan/target-areas/" + area + "/goals").then().statusCode(201).extract().path("id");

        List<String> areaIds = tree(draft).getList("targetAreas.id");
        assertThat(areaIds).hasSize(5).endsWith(area);
        List<String> reordered = new java.util.ArrayList<>(areaIds);
        java.util.Collections.reverse(reordered);
        as(PLANNER).body(Map.of("ids", reordered)).put("/api/plan/versions/" + draft + "/target-areas/order").then().statusCode(204);
        assertThat(tree(draft).getList("targetAreas.id")).containsExactlyElementsOf(reordered);

        String otherArea = reordered.get(1);
        as(PLANNER).body(Map.of("targetAreaId", otherArea, "position", 0)).post("/api/plan/goals/" + goal + "/move")
                .then().statusCode(200).body("targetAreaId", equalTo(otherArea)).body("position", equalTo(0));
        assertThat(as(VIEWER).get("/api/plan/target-areas/" + otherArea + "/goals").then().extract().jsonPath().getList("id"))
                .first().isEqualTo(goal);

        as(ADMIN).delete("/api/plan/goals/" + goal).then().statusCode(204);
        as(VIEWER).get("/api/plan/goals/" + goal).then().statusCode(404).contentType("application/problem+json");
        as(PLANNER).delete("/api/plan/target-areas/" + area).then().statusCode(204);
        assertThat(tree(draft).getList("targetAreas.id")).hasSize(4).doesNotContain(area);
    }

    @Test
    void adoptedVersionRefusesEveryWriteWith409() {
        JsonPath adopted = tree(adoptedVersionId());
        String goalId = (String) firstGoal(adopted).get("id");
        String areaId = adopted.getString("targetAreas[0].id");

        as(PLANNER).body(GOAL.formatted(UUID.randomUUID())).put("/api/plan/goals/" + goalId)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", containsString("version-adopted")).body("detail", containsString("adopted"));
        as(PLANNER).delete("/api/plan/goals/" + goalId).then().statusCode(409);
        as(PLANNER).body("{\"title\": \"Nytt område\"}").post("/api/plan/versions/" + adoptedVersionId() + "/target-areas")
                .then().statusCode(409);
        as(PLANNER).body(GOAL.formatted(UUID.randomUUID())).post("/api/plan/target-areas/" + areaId + "/goals").then().statusCode(409);
        as(PLANNER).body("{\"decidedOn\": \"2024-01-01\", \"decidedBy\": \"Kommunfullmäktige\"}")
                .post("/api/plan/versions/" + adoptedVersionId() + "/adoption").then().statusCode(409);
        assertThat(tree(adoptedVersionId()).getString("targetAreas[0].goals[0].title")).isEqualTo(firstGoal(adopted).get("title"));
    }

    @Test
    void viewersAndEditorsMayNotWriteThePlan() {
        UUID draft = newDraft("Utkast: behörighet");
        String goalId = (String) firstGoal(tree(draft)).get("id");
        for (String user : List.of(VIEWER, EDITOR)) {
            as(user).body(GOAL.formatted(UUID.randomUUID())).put("/api/plan/goals/" + goalId)
                    .then().statusCode(403).contentType("application/problem+json");
            as(user).body("{\"title\": \"x\"}").post("/api/plan/versions/" + draft + "/sections").then().statusCode(403);
        }
    }

    @Test
    void noTokenGets401() {
        given().contentType(ContentType.JSON).body(GOAL.formatted(UUID.randomUUID()))
                .put("/api/plan/goals/" + UUID.randomUUID()).then().statusCode(401).contentType("application/problem+json");
        given().get("/api/plan/versions/" + adoptedVersionId() + "/tree").then().statusCode(401);
    }

    @Test
    void invalidInputGets400ProblemNamingTheField() {
        UUID draft = newDraft("Utkast: validering");
        String goalId = (String) firstGoal(tree(draft)).get("id");

        as(PLANNER).body("{\"description\": []}").put("/api/plan/goals/" + goalId)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("title"));
        as(PLANNER).body("{\"title\": \"Mål\", \"sdgs\": [18]}").put("/api/plan/goals/" + goalId)
                .then().statusCode(400).body("errors.field", hasItem(containsString("sdgs")));
        as(PLANNER).body("{\"title\": \"Mål\", \"sdgs\": [3, 3]}").put("/api/plan/goals/" + goalId)
                .then().statusCode(400).body("errors.field", hasItem("sdgs"));
        as(PLANNER).body("{\"title\": \"Mål\", \"status\": \"adopted\"}").put("/api/plan/goals/" + goalId)
                .then().statusCode(400).body("errors.field", hasItem("status"));
        as(PLANNER).body("{\"title\": ").put("/api/plan/goals/" + goalId).then().statusCode(400).contentType("application/problem+json");
        as(VIEWER).queryParam("size", 201).get("/api/plan/versions/" + draft + "/goals")
                .then().statusCode(400).body("errors.field", hasItem("size"));
        as(VIEWER).get("/api/plan/goals/not-a-uuid").then().statusCode(404);

        String areaId = tree(draft).getString("targetAreas[0].id");
        List<String> goalIds = tree(draft).getList("targetAreas[0].goals.id");
        List<String> withUnknown = new java.util.ArrayList<>(goalIds);
        withUnknown.set(0, UUID.randomUUID().toString());
        as(PLANNER).body(Map.of("ids", withUnknown)).put("/api/plan/target-areas/" + areaId + "/goals/order")
                .then().statusCode(400).body("errors.field", hasItem("ids"));
        as(PLANNER).body(Map.of("targetAreaId", UUID.randomUUID())).post("/api/plan/goals/" + goalId + "/move").then().statusCode(404);
        as(VIEWER).get("/api/plan/goals/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        // nothing half-written: the goal is as it was
        assertThat(as(VIEWER).get("/api/plan/goals/" + goalId).then().extract().path("title").toString())
                .isEqualTo(firstGoal(tree(draft)).get("title"));
    }

    @Test
    void goalsBySdgAreThoseLinkedToIt() {
        List<Map<String, Object>> goals = as(VIEWER).queryParam("sdg", 13).queryParam("size", 200)
                .get("/api/plan/versions/" + adoptedVersionId() + "/goals").then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(goals).isNotEmpty().allSatisfy(g ->
                assertThat(((List<Map<String, Object>>) g.get("sdgs")).stream().map(s -> s.get("number"))).contains(13));
        long expected = tree(adoptedVersionId()).getList("targetAreas.goals.flatten().sdgs", List.class).stream()
                .filter(sdgs -> sdgs.stream().anyMatch(s -> Integer.valueOf(13).equals(((Map<?, ?>) s).get("number")))).count();
        assertThat(goals).hasSize((int) expected);
    }

    static Map<String, Object> firstGoal(JsonPath tree) {
        return tree.getMap("targetAreas[0].goals[0]");
    }
}
