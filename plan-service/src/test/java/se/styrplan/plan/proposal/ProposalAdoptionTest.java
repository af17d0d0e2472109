package se.styrplan.plan.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static se.styrplan.plan.PlanApi.KARLSTAD_REVISION;
import static se.styrplan.plan.PlanApi.PLANNER;
import static se.styrplan.plan.PlanApi.VIEWER;
import static se.styrplan.plan.PlanApi.adoptedVersionId;
import static se.styrplan.plan.PlanApi.as;
import static se.styrplan.plan.PlanApi.currentVersionId;
import static se.styrplan.plan.PlanApi.karlstadProposal;
import static se.styrplan.plan.PlanApi.newRevision;
import static se.styrplan.plan.PlanApi.newSmallPlan;
import static se.styrplan.plan.PlanApi.planId;
import static se.styrplan.plan.PlanApi.proposedVersionId;
import static se.styrplan.plan.PlanApi.tree;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import se.styrplan.devstack.test.TopicProbe;
import se.styrplan.plan.events.PlanEvents;

/**
 * Adopting proposals: the loaded Karlstad revision becomes the plan in force exactly as its working copy reads, with
 * the events on the real broker; a proposal whose base is no longer in force is rebased when nothing conflicts and
 * refused with 409 naming the conflict otherwise. The conflict tests use plans of their own, so that Karlstad's plan
 * keeps the content of its base (other tests adopt Karlstad drafts, but never with changes).
 */
@QuarkusTest
class ProposalAdoptionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Map<String, Object> DECISION = Map.of("decidedOn", "2025-06-12", "decidedBy", "Kommunfullmäktige",
            "caseNumber", "KS-2025/0457");

    @Test
    void adoptingTheLoadedProposalMakesThePlanInForceReadAsItsWorkingCopy() throws Exception {
        UUID proposal = karlstadProposal(KARLSTAD_REVISION);
        UUID plan = planId();
        // other tests adopt changed Karlstad drafts: first put a copy of the proposal's base in force, so that the
        // proposal (now stale, so rebased) applies to exactly what it was written against
        String copy = as(PLANNER).body(Map.of("basedOn", adoptedVersionId().toString(), "label", "Strategisk plan från 2023, omtryck"))
                .post("/api/plan/plans/" + plan + "/versions").then().statusCode(201).extract().path("id");
        as(PLANNER).body(DECISION).post("/api/plan/versions/" + copy + "/adoption").then().statusCode(200);
        assertThat(structure(tree(currentVersionId()))).isEqualTo(structure(tree(adoptedVersionId())));
        Map<String, Object> expected = structure(tree(proposedVersionId()));

        try (TopicProbe probe = TopicProbe.open(PlanEvents.TOPIC)) {
            JsonPath adopted = as(PLANNER).body(DECISION).post("/api/plan/proposals/" + proposal + "/adoption")
                    .then().statusCode(200)
                    .body("status", equalTo("adopted")).body("caseNumber", equalTo("KS-2025/0457"))
                    .body("decidedBy", equalTo("Kommunfullmäktige")).body("decidedOn", equalTo("2025-06-12"))
                    .extract().jsonPath();
            UUID version = UUID.fromString(adopted.getString("adoptedVersionId"));

            assertThat(currentVersionId()).isEqualTo(version);
            assertThat(version).isNotEqualTo(proposedVersionId()); // rebased: the working copy stays as the proposal wrote it
            JsonPath inForce = tree(version);
            assertThat(inForce.getString("version.status")).isEqualTo("adopted");
            assertThat(inForce.getString("version.caseNumber")).isEqualTo("KS-2025/0457");
            assertThat(structure(inForce)).isEqualTo(expected);
            assertThat(inForce.getList("targetAreas.goals.flatten().title")).hasSize(20)
                    .contains(KarlstadProposalDocumentTest.NEW_GOAL).doesNotContain("Karlstad ska ha ett gott företagsklimat");

            // the adoption, and each goal change, on the broker under the plan's key
            ConsumerRecord<String, String> record = probe.await(r -> r.value().contains("VersionAdopted.v1") && r.value().contains(version.toString()), WAIT);
            assertThat(record.key()).isEqualTo(plan.toString());
            JsonNode event = JSON.readTree(record.value());
            assertThat(event.at("/data/caseNumber").asText()).isEqualTo("KS-2025/0457");
            assertThat(event.at("/data/goals").size()).isEqualTo(20);
            JsonNode created = goalEvent(probe, "GoalCreated.v1", "karlstad-ska-starka-sin-roll-som-tillvaxtmotor");
            assertThat(created.at("/data/goal/versionStatus").asText()).isEqualTo("adopted");
            assertThat(created.at("/data/goal/versionId").asText()).isEqualTo(version.toString());
            goalEvent(probe, "GoalRemoved.v1", "karlstad-ska-ha-ett-gott-foretagsklimat");
            goalEvent(probe, "GoalRemoved.v1", "karlstads-befolkning-ska-arligen-oka-med-minst-en-procent");
            JsonNode links = goalEvent(probe, "GoalIndicatorLinksChanged.v1", "karlstad-ska-vara-en-fossilfri-och-klimatsmart-kommun");
            assertThat(links.at("/data/added").size()).isEqualTo(1);
            assertThat(links.at("/data/removed").size()).isEqualTo(1);
            assertThat(links.at("/data/goal/versionStatus").asText()).isEqualTo("adopted");
            // the goal changes come before the adoption that makes them count
            List<ConsumerRecord<String, String>> seen = probe.seen();
            assertThat(seen.indexOf(probe.await(r -> r.value().contains("GoalCreated.v1") && r.value().contains(version.toString()), WAIT)))
                    .isLessThan(seen.indexOf(record));
        }

        // decided: no second adoption, the audit log has every step
        as(PLANNER).body(DECISION).post("/api/plan/proposals/" + proposal + "/adoption").then().statusCode(409)
                .body("type", containsString("proposal-not-submitted"));
        List<String> actions = as("anna").queryParam("entityId", proposal.toString()).get("/api/plan/audit").then().statusCode(200)
                .extract().jsonPath().getList("items.action");
        assertThat(actions).contains("proposal.adopt", "proposal.import");
    }

    @Test
    void aStaleProposalChangingTheSameGoalDifferentlyIsRefusedNamingIt() {
        UUID plan = newSmallPlan();
        JsonPath first = newRevision(PLANNER, plan, "Förslag A");
        JsonPath second = newRevision(PLANNER, plan, "Förslag B");
        retitle(first, "mal-1", "Alla ska ha ett meningsfullt arbete");
        retitle(second, "mal-1", "Alla ska ha ett arbete med bra villkor");
        submit(first);
        submit(second);

        // side by side, before either is adopted: the goal is their conflict
        JsonPath compared = as(VIEWER).queryParam("ids", first.getString("id") + "," + second.getString("id"))
                .get("/api/plan/proposals/compare").then().statusCode(200).extract().jsonPath();
        assertThat(compared.getList("conflicts.itemKey")).containsExactly("mal-1");
        assertThat(compared.getList("conflicts[0].proposalIds")).containsExactly(first.getString("id"), second.getString("id"));
        assertThat(compared.getList("items.find { it.itemKey == 'mal-1' }.changes.change.after.title"))
                .containsExactly("Alla ska ha ett meningsfullt arbete", "Alla ska ha ett arbete med bra villkor");

        as(PLANNER).body(DECISION).post("/api/plan/proposals/" + first.getString("id") + "/adoption").then().statusCode(200)
                .body("adoptedVersionId", equalTo(first.getString("draftVersionId"))); // its base was in force: adopted as it is
        as(PLANNER).body(DECISION).post("/api/plan/proposals/" + second.getString("id") + "/adoption")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", containsString("proposal-conflict"))
                .body("detail", containsString("goal 'Alla ska ha ett arbete med bra villkor' (mal-1)"))
                .body("detail", containsString("changed differently on both sides (title)"))
                .body("errors[0].field", equalTo("goal:mal-1"));
        // nothing happened: the proposal is still submitted, the first one's version is in force
        as(VIEWER).get("/api/plan/proposals/" + second.getString("id")).then().body("status", equalTo("submitted"));
        assertThat(as(VIEWER).get("/api/plan/plans/" + plan).then().extract().path("currentVersionId").toString())
                .isEqualTo(first.getString("draftVersionId"));
    }

    @Test
    void aStaleProposalWithoutConflictsIsRebasedOntoThePlanInForce() {
        UUID plan = newSmallPlan();
        JsonPath first = newRevision(PLANNER, plan, "Förslag om arbete");
        JsonPath second = newRevision(PLANNER, plan, "Förslag om luft");
        retitle(first, "mal-1", "Alla ska ha ett meningsfullt arbete");
        String air = goalId(second, "mal-3");
        as(PLANNER).body(Map.of("sdgs", List.of(3, 11, 13))).put("/api/plan/goals/" + air + "/sdgs").then().statusCode(200);
        String area = tree(PLANNER, UUID.fromString(second.getString("draftVersionId"))).getString("targetAreas.find { it.key == 'omrade-b' }.id");
        as(PLANNER).body(Map.of("title", "Bullret ska minska", "sdgs", List.of(3)))
                .post("/api/plan/target-areas/" + area + "/goals").then().statusCode(201);
        submit(first);
        submit(second);
        as(PLANNER).body(DECISION).post("/api/plan/proposals/" + first.getString("id") + "/adoption").then().statusCode(200);

        String rebased = as(PLANNER).body(DECISION).post("/api/plan/proposals/" + second.getString("id") + "/adoption")
                .then().statusCode(200).body("status", equalTo("adopted")).extract().path("adoptedVersionId");

        assertThat(rebased).isNotEqualTo(second.getString("draftVersionId")); // a new version: the proposal on the plan in force
        JsonPath inForce = tree(UUID.fromString(rebased));
        assertThat(inForce.getString("version.basedOn")).isEqualTo(first.getString("draftVersionId"));
        assertThat(inForce.getString("targetAreas[0].goals.find { it.key == 'mal-1' }.title")).isEqualTo("Alla ska ha ett meningsfullt arbete");
        assertThat(inForce.getList("targetAreas[1].goals.find { it.key == 'mal-3' }.sdgs.number")).containsExactly(3, 11, 13);
        assertThat(inForce.getList("targetAreas[1].goals.title")).containsExactly("Luften ska vara ren", "Bullret ska minska");
        assertThat(inForce.getList("targetAreas[0].goals.title")).containsExactly("Alla ska ha ett meningsfullt arbete", "Alla ska ha en bostad");
        List<String> actions = as("anna").queryParam("entityId", rebased).get("/api/plan/audit").then().statusCode(200)
                .extract().jsonPath().getList("items.action");
        assertThat(actions).contains("version.rebase", "version.adopt");
    }

    @Test
    void onlySubmittedRevisionsAreAdoptedAndWorkingCopiesOnlyThroughTheirProposal() {
        UUID plan = newSmallPlan();
        JsonPath draft = newRevision(PLANNER, plan, "Ett utkast");
        as(PLANNER).body(DECISION).post("/api/plan/proposals/" + draft.getString("id") + "/adoption").then().statusCode(409)
                .body("type", containsString("proposal-not-submitted"));
        as(PLANNER).body(DECISION).post("/api/plan/versions/" + draft.getString("draftVersionId") + "/adoption").then().statusCode(409)
                .body("type", containsString("proposal-working-copy"));
        String statement = as(PLANNER).body(Map.of("planId", plan, "kind", "statement", "title", "Våra prioriteringar",
                "statement", Map.of("intro", List.of("Vi vill."), "priorities", List.of("Fler jobb."), "closing", List.of())))
                .post("/api/plan/proposals").then().statusCode(201).body("statement.priorities[0]", equalTo("Fler jobb."))
                .extract().path("id");
        as(PLANNER).post("/api/plan/proposals/" + statement + "/submission").then().statusCode(200);
        as(PLANNER).body(DECISION).post("/api/plan/proposals/" + statement + "/adoption").then().statusCode(409)
                .body("type", containsString("proposal-statement"));
        as(PLANNER).body(Map.of("decidedOn", "2025-06-12", "decidedBy", "Kommunstyrelsen"))
                .post("/api/plan/proposals/" + statement + "/rejection").then().statusCode(200)
                .body("status", equalTo("rejected")).body("decidedBy", equalTo("Kommunstyrelsen"));
        // a submitted revision rejected without a recorded decision
        String revision = draft.getString("id");
        as(PLANNER).post("/api/plan/proposals/" + revision + "/submission").then().statusCode(200);
        as(PLANNER).post("/api/plan/proposals/" + revision + "/rejection").then().statusCode(200)
                .body("status", equalTo("rejected")).body("decidedBy", equalTo(null));
        as(PLANNER).body(DECISION).post("/api/plan/proposals/" + revision + "/adoption").then().statusCode(409);
    }

    // ---- helpers

    private static void retitle(JsonPath proposal, String goalKey, String title) {
        String id = goalId(proposal, goalKey);
        Map<String, Object> goal = as(PLANNER).get("/api/plan/goals/" + id).then().statusCode(200).extract().jsonPath().getMap("$");
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("title", title);
        input.put("description", goal.get("description"));
        input.put("sdgs", ((List<Map<String, Object>>) goal.get("sdgs")).stream().map(s -> s.get("number")).toList());
        input.put("indicators", goal.get("indicators"));
        as(PLANNER).body(input).put("/api/plan/goals/" + id).then().statusCode(200).body("title", equalTo(title));
    }

    static String goalId(JsonPath proposal, String goalKey) {
        return tree(PLANNER, UUID.fromString(proposal.getString("draftVersionId"))).getString("targetAreas.goals.flatten().find { it.key == '" + goalKey + "' }.id");
    }

    private static void submit(JsonPath proposal) {
        as(PLANNER).post("/api/plan/proposals/" + proposal.getString("id") + "/submission").then().statusCode(200)
                .body("status", equalTo("submitted"));
    }

    /**
     * A version's content without its ids: sections (key, title, text), target areas (key, title, text) and their goals
     * (key, title, text, SDG numbers, indicator ids and lines), in order.
     */
    static Map<String, Object> structure(JsonPath tree) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Object> sections = new ArrayList<>();
        for (Map<String, Object> s : tree.<Map<String, Object>>getList("sections")) {
            sections.add(List.of(s.get("key"), s.get("title"), s.get("blocks")));
        }
        out.put("sections", sections);
        List<Object> areas = new ArrayList<>();
        for (Map<String, Object> a : tree.<Map<String, Object>>getList("targetAreas")) {
            List<Object> goals = new ArrayList<>();
            for (Map<String, Object> g : (List<Map<String, Object>>) a.get("goals")) {
                goals.add(List.of(g.get("key"), g.get("title"), g.get("description"),
                        ((List<Map<String, Object>>) g.get("sdgs")).stream().map(x -> x.get("number")).toList(),
                        ((List<Map<String, Object>>) g.get("indicators")).stream().map(x -> List.of(x.get("indicatorId"), x.get("title"))).toList(),
                        String.valueOf(g.get("responsibleBody"))));
            }
            areas.add(List.of(a.get("key"), a.get("title"), a.get("description"), goals));
        }
        out.put("targetAreas", areas);
        return out;
    }

    private static JsonNode goalEvent(TopicProbe probe, String type, String goalKey) throws Exception {
        ConsumerRecord<String, String> record = probe.await(r -> r.value().contains("\"se.styrplan.plan." + type + "\"")
                && r.value().contains("\"goalKey\":\"" + goalKey + "\"") && r.value().contains("\"versionStatus\":\"adopted\""), WAIT);
        return JSON.readTree(record.value());
    }

}
