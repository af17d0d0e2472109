package se.styrplan.plan;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import se.styrplan.devstack.test.TestStack;
import se.styrplan.devstack.test.Tokens;

/** What plan-service's tests do often, through the real API with real tokens. */
public final class PlanApi {

    public static final String PLANNER = "petra";
    public static final String ADMIN = "anna";
    public static final String VIEWER = "victor";
    public static final String EDITOR = "erik";
    /** A viewer writing proposals for the party group blagrona-styret. */
    public static final String BO = "bo";
    /** A viewer writing proposals for the party group socialdemokraterna. */
    public static final String SARA = "sara";

    public static final String KARLSTAD_REVISION = "blagrona-styret-revidering-2023";
    public static final String KARLSTAD_STATEMENT = "socialdemokraterna-prioriteringar";

    private PlanApi() {
    }

    public static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON);
    }

    public static Path seedFile() {
        return TestStack.root().resolve("deploy/seed/karlstad-strategisk-plan.json");
    }

    public static Path sourceDocument() {
        return TestStack.root().resolve("deploy/seed/source/karlstad-strategisk-plan-forslag-till-revidering.txt");
    }

    /** Imports Karlstad's transcription (idempotent) and returns the import result. */
    public static JsonPath importKarlstad() {
        try {
            return as(PLANNER).body(Files.readString(seedFile())).post("/api/plan/imports/transcription")
                    .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)))
                    .extract().jsonPath();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static UUID planId() {
        return UUID.fromString(importKarlstad().getString("planId"));
    }

    public static UUID adoptedVersionId() {
        return UUID.fromString(importKarlstad().getString("base.versionId"));
    }

    public static UUID proposedVersionId() {
        return UUID.fromString(importKarlstad().getString("proposed.versionId"));
    }

    /** The id of a proposal the Karlstad import made, by its key. */
    public static UUID karlstadProposal(String key) {
        java.util.List<java.util.Map<String, Object>> proposals = importKarlstad().getList("proposals");
        return UUID.fromString((String) proposals.stream().filter(p -> key.equals(p.get("key"))).findFirst()
                .orElseThrow(() -> new AssertionError("no proposal " + key + " imported")).get("id"));
    }

    /** The version in force of the Karlstad plan (other tests adopt versions too, so it moves). */
    public static UUID currentVersionId() {
        return UUID.fromString(as(VIEWER).get("/api/plan/plans/" + planId()).then().statusCode(200).extract().path("currentVersionId"));
    }

    /** A new revision proposal on the version in force of a plan, by {@code user}; returns its JSON. */
    public static JsonPath newRevision(String user, UUID plan, String title) {
        return as(user).body(java.util.Map.of("planId", plan, "kind", "revision", "title", title))
                .post("/api/plan/proposals").then().statusCode(201).extract().jsonPath();
    }

    /**
     * A small plan of its own (two target areas, three goals, one indicator each), adopted, for a test whose
     * adoptions must not change Karlstad's plan; returns its id.
     */
    public static UUID newSmallPlan() {
        String key = "testplan-" + UUID.randomUUID();
        String goal = """
                {"key": "%s", "title": "%s", "change": "unchanged", "sdgs": [%s],
                 "description": [{"heading": null, "paragraphs": [[{"text": "%s", "mark": "unchanged"}]]}],
                 "indicators": [{"indicatorKey": "%s", "change": "unchanged"}]}
                """;
        String doc = """
                {"schemaVersion": 1, "plan": {"key": "%s", "title": "Testplan", "baseVersion": {"label": "Testplan 2024"}},
                 "sections": [{"key": "inledning", "title": "Inledning", "change": "unchanged",
                               "blocks": [{"heading": null, "paragraphs": [[{"text": "Planen styr.", "mark": "unchanged"}]]}]}],
                 "targetAreas": [
                   {"key": "omrade-a", "title": "Område A", "change": "unchanged", "description": [], "goals": [%s, %s]},
                   {"key": "omrade-b", "title": "Område B", "change": "unchanged", "description": [], "goals": [%s]}],
                 "indicators": [{"key": "ind-1", "title": "Indikator 1, antal"}, {"key": "ind-2", "title": "Indikator 2, andel (%%)"},
                                {"key": "ind-3", "title": "Indikator 3, index"}],
                 "proposals": []}
                """.formatted(key, goal.formatted("mal-1", "Alla ska ha ett arbete", "8", "Arbete åt alla.", "ind-1"),
                goal.formatted("mal-2", "Alla ska ha en bostad", "11", "Bostäder åt alla.", "ind-2"),
                goal.formatted("mal-3", "Luften ska vara ren", "3, 13", "Ren luft.", "ind-3"));
        String id = as(PLANNER).body(doc).post("/api/plan/imports/transcription").then().statusCode(201).extract().path("planId");
        return UUID.fromString(id);
    }

    /** A fresh draft copied from the adopted Karlstad plan, for a test to edit on its own. */
    public static UUID newDraft(String label) {
        String id = as(PLANNER).body("{\"label\":\"" + label + "\"}")
                .post("/api/plan/plans/" + planId() + "/versions")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    public static JsonPath tree(UUID versionId) {
        return tree(VIEWER, versionId);
    }

    /** A version's tree as {@code user} reads it (a draft proposal's working copy: its authors and planners only). */
    public static JsonPath tree(String user, UUID versionId) {
        return as(user).get("/api/plan/versions/" + versionId + "/tree").then().statusCode(200).extract().jsonPath();
    }
}
