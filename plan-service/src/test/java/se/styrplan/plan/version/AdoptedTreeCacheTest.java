package se.styrplan.plan.version;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static se.styrplan.plan.PlanApi.BO;
import static se.styrplan.plan.PlanApi.PLANNER;
import static se.styrplan.plan.PlanApi.SARA;
import static se.styrplan.plan.PlanApi.VIEWER;
import static se.styrplan.plan.PlanApi.as;
import static se.styrplan.plan.PlanApi.newRevision;
import static se.styrplan.plan.PlanApi.newSmallPlan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Adopted versions' trees served as ready bytes (AdoptedTreeCache, TreeResponses): the same JSON as a fresh read,
 * following adoptions in this replica at once and in another one (a change made with plain SQL, behind the service's
 * back) within the recheck interval; drafts always read afresh; access unchanged. Each test uses a plan of its own.
 */
@QuarkusTest
class AdoptedTreeCacheTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Object> DECISION = Map.of("decidedOn", "2025-06-12", "decidedBy", "Kommunfullmäktige");

    @Inject
    MeterRegistry meters;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aTreeFromMemoryIsByteForByteTheTreeReadAfresh() throws Exception {
        UUID plan = newSmallPlan();
        UUID adopted = current(plan);

        double database = reads("database");
        Response cold = as(VIEWER).get("/api/plan/versions/" + adopted + "/tree").then().statusCode(200).extract().response();
        assertThat(reads("database")).as("the first read reads the database").isEqualTo(database + 1);

        double cache = reads("cache");
        Response warm = as(VIEWER).get("/api/plan/versions/" + adopted + "/tree").then().statusCode(200).extract().response();
        assertThat(reads("cache")).as("the second read comes from memory").isEqualTo(cache + 1);

        assertThat(warm.asByteArray()).isEqualTo(cold.asByteArray());
        assertThat(JSON.readTree(warm.asByteArray())).isEqualTo(JSON.readTree(cold.asByteArray()));
        assertThat(warm.contentType()).isEqualTo(cold.contentType());
        assertThat(warm.header("ETag")).isNotBlank().isEqualTo(cold.header("ETag"));
        assertThat(JSON.readTree(warm.asByteArray()).at("/version/id").asText()).isEqualTo(adopted.toString());
        assertThat(JSON.readTree(warm.asByteArray()).at("/targetAreas/0/goals/0/title").asText()).isEqualTo("Alla ska ha ett arbete");

        // the public reads of the same adopted version serve the same document
        assertThat(given().get("/public/plan/versions/" + adopted + "/tree").then().statusCode(200).extract().asByteArray())
                .isEqualTo(cold.asByteArray());
        assertThat(given().get("/public/plan/plans/" + plan + "/current").then().statusCode(200).extract().asByteArray())
                .isEqualTo(cold.asByteArray());
    }

    @Test
    void anAdoptionInThisReplicaShowsAtOnce() {
        UUID plan = newSmallPlan();
        UUID first = current(plan);
        String firstTag = as(VIEWER).get("/api/plan/versions/" + first + "/tree").then().statusCode(200).extract().header("ETag");
        as(VIEWER).get("/api/plan/versions/" + first + "/tree").then().statusCode(200); // from memory now
        given().get("/public/plan/plans/" + plan + "/current").then().statusCode(200);

        UUID second = draft(plan, "Testplan 2025");
        as(PLANNER).body(DECISION).post("/api/plan/versions/" + second + "/adoption").then().statusCode(200);

        // read at once, well within the test profile's recheck interval (3 s): only the eviction can show the adoption
        Response old = as(VIEWER).header("If-None-Match", firstTag).get("/api/plan/versions/" + first + "/tree")
                .then().statusCode(200).extract().response();
        assertThat(old.jsonPath().getString("plan.currentVersionId")).isEqualTo(second.toString());
        assertThat(old.jsonPath().getString("version.id")).isEqualTo(first.toString());
        assertThat(old.header("ETag")).isNotEqualTo(firstTag);
        Response current = given().get("/public/plan/plans/" + plan + "/current").then().statusCode(200).extract().response();
        assertThat(current.jsonPath().getString("version.id")).isEqualTo(second.toString());
        assertThat(current.jsonPath().getString("version.label")).isEqualTo("Testplan 2025");
        assertThat(current.jsonPath().getString("plan.currentVersionId")).isEqualTo(second.toString());
        assertThat(given().get("/public/plan/versions/" + first + "/tree").then().statusCode(200).extract()
                .jsonPath().getString("plan.currentVersionId")).isEqualTo(second.toString());
    }

    @Test
    void anotherReplicasAdoptionShowsWithinTheRecheckInterval() throws Exception {
        UUID plan = newSmallPlan();
        UUID first = current(plan);
        UUID second = draft(plan, "Testplan 2026");
        as(VIEWER).get("/api/plan/versions/" + first + "/tree").then().statusCode(200);
        as(VIEWER).get("/api/plan/versions/" + first + "/tree").then().statusCode(200);
        given().get("/public/plan/plans/" + plan + "/current").then().statusCode(200).body("version.id", org.hamcrest.Matchers.equalTo(first.toString()));

        // another replica adopts the draft and renames the plan: this replica hears nothing of it
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement adopt = c.prepareStatement("update plan_version set status = 'adopted', adopted_at = now(), "
                    + "decided_on = date '2025-06-12', decided_by = 'Kommunfullmäktige' where id = ?");
                    PreparedStatement rename = c.prepareStatement("update plan set title = 'Testplan, omdöpt' where id = ?")) {
                adopt.setObject(1, second);
                rename.setObject(1, plan);
                assertThat(adopt.executeUpdate()).isEqualTo(1);
                assertThat(rename.executeUpdate()).isEqualTo(1);
            }
            c.commit();
        }

        Awaitility.await().atMost(Duration.ofSeconds(3 + 10)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            var tree = as(VIEWER).get("/api/plan/versions/" + first + "/tree").then().statusCode(200).extract().jsonPath();
            assertThat(tree.getString("plan.currentVersionId")).isEqualTo(second.toString());
            assertThat(tree.getString("plan.title")).isEqualTo("Testplan, omdöpt");
        });
        var current = given().get("/public/plan/plans/" + plan + "/current").then().statusCode(200).extract().jsonPath();
        assertThat(current.getString("version.id")).isEqualTo(second.toString());
        assertThat(current.getString("plan.title")).isEqualTo("Testplan, omdöpt");
        assertThat(as(VIEWER).get("/api/plan/versions/" + first + "/tree").then().statusCode(200).extract()
                .jsonPath().getString("plan.title")).isEqualTo("Testplan, omdöpt");
    }

    @Test
    void aDraftIsAlwaysReadAfresh() {
        UUID plan = newSmallPlan();
        UUID draft = draft(plan, "Testplan, utkast");
        var before = as(PLANNER).get("/api/plan/versions/" + draft + "/tree").then().statusCode(200).header("ETag", org.hamcrest.Matchers.nullValue())
                .extract().jsonPath();
        String goalId = before.getString("targetAreas[0].goals[0].id");
        assertThat(before.getString("targetAreas[0].goals[0].title")).isEqualTo("Alla ska ha ett arbete");

        double cache = reads("cache");
        as(PLANNER).body(Map.of("title", "Alla ska ha ett bra arbete", "sdgs", List.of(8))).put("/api/plan/goals/" + goalId).then().statusCode(200);
        assertThat(as(VIEWER).get("/api/plan/versions/" + draft + "/tree").then().statusCode(200).extract()
                .jsonPath().getString("targetAreas[0].goals[0].title")).isEqualTo("Alla ska ha ett bra arbete");
        assertThat(reads("cache")).as("no draft read comes from memory").isEqualTo(cache);
    }

    @Test
    void accessIsCheckedAsBeforeAlsoFromMemory() {
        UUID plan = newSmallPlan();
        UUID adopted = current(plan);
        String tag = as(VIEWER).get("/api/plan/versions/" + adopted + "/tree").then().statusCode(200).extract().header("ETag");
        as(VIEWER).get("/api/plan/versions/" + adopted + "/tree").then().statusCode(200);

        given().get("/api/plan/versions/" + adopted + "/tree").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2("not-a-token").get("/api/plan/versions/" + adopted + "/tree").then().statusCode(401);
        as(VIEWER).header("If-None-Match", tag).get("/api/plan/versions/" + adopted + "/tree").then().statusCode(304).header("ETag", tag);
        given().header("If-None-Match", tag).get("/public/plan/versions/" + adopted + "/tree").then().statusCode(304);

        // a party group's draft proposal: its working copy stays hidden from others, in the API and the public one
        UUID workingCopy = UUID.fromString(newRevision(BO, plan, "Blågrönt förslag").getString("draftVersionId"));
        as(BO).get("/api/plan/versions/" + workingCopy + "/tree").then().statusCode(200);
        as(SARA).get("/api/plan/versions/" + workingCopy + "/tree").then().statusCode(404).contentType("application/problem+json");
        as(VIEWER).get("/api/plan/versions/" + workingCopy + "/tree").then().statusCode(404);
        given().get("/public/plan/versions/" + workingCopy + "/tree").then().statusCode(404);
        as(BO).get("/api/plan/versions/" + workingCopy + "/tree").then().statusCode(200);
    }

    private double reads(String path) {
        return meters.counter(TreeResponses.READS, "path", path).count();
    }

    private static UUID current(UUID plan) {
        return UUID.fromString(as(VIEWER).get("/api/plan/plans/" + plan).then().statusCode(200).extract().path("currentVersionId"));
    }

    private static UUID draft(UUID plan, String label) {
        return UUID.fromString(as(PLANNER).body(Map.of("label", label)).post("/api/plan/plans/" + plan + "/versions")
                .then().statusCode(201).extract().path("id"));
    }
}
