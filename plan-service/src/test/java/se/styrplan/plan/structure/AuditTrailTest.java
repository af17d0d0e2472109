package se.styrplan.plan.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static se.styrplan.plan.PlanApi.ADMIN;
import static se.styrplan.plan.PlanApi.PLANNER;
import static se.styrplan.plan.PlanApi.VIEWER;
import static se.styrplan.plan.PlanApi.as;
import static se.styrplan.plan.PlanApi.newDraft;
import static se.styrplan.plan.PlanApi.tree;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Every kind of write leaves an audit entry with who, what, before and after; only admins read the log. */
@QuarkusTest
class AuditTrailTest {

    @Test
    void everyKindOfWriteIsAudited() {
        UUID draft = newDraft("Utkast: revision");
        JsonPath tree = tree(draft);
        String area = tree.getString("targetAreas[0].id");
        String section = as(PLANNER).body(Map.of("title", "Läsanvisning")).post("/api/plan/versions/" + draft + "/sections")
                .then().statusCode(201).extract().path("id");
        as(PLANNER).body(Map.of("title", "Läsanvisning för planen")).put("/api/plan/sections/" + section).then().statusCode(200);
        String goal = as(PLANNER).body(Map.of("title", "Karlstad ska ha fler träd")).post("/api/plan/target-areas/" + area + "/goals")
                .then().statusCode(201).extract().path("id");
        as(PLANNER).body(Map.of("title", "Karlstad ska ha fler gatuträd")).put("/api/plan/goals/" + goal).then().statusCode(200);
        as(PLANNER).body(Map.of("sdgs", List.of(11, 15))).put("/api/plan/goals/" + goal + "/sdgs").then().statusCode(200);
        as(PLANNER).delete("/api/plan/goals/" + goal).then().statusCode(204);
        as(PLANNER).body(Map.of("title", "Nytt målområde")).put("/api/plan/target-areas/" + area).then().statusCode(200);
        as(PLANNER).delete("/api/plan/sections/" + section).then().statusCode(204);
        as(PLANNER).body(Map.of("decidedOn", "2025-01-30", "decidedBy", "Kommunfullmäktige"))
                .post("/api/plan/versions/" + draft + "/adoption").then().statusCode(200);

        List<Map<String, Object>> goalEntries = audit(goal);
        assertThat(goalEntries).extracting(e -> e.get("action"))
                .containsExactly("goal.remove", "goal.sdgs", "goal.update", "goal.create");
        assertThat(goalEntries).allMatch(e -> "petra".equals(e.get("actor")));
        Map<String, Object> update = goalEntries.get(2);
        assertThat(((Map<?, ?>) update.get("before")).get("title")).isEqualTo("Karlstad ska ha fler träd");
        assertThat(((Map<?, ?>) update.get("after")).get("title")).isEqualTo("Karlstad ska ha fler gatuträd");
        assertThat(goalEntries.get(3).get("before")).isNull();
        assertThat(goalEntries.get(0).get("after")).isNull();

        assertThat(audit(section)).extracting(e -> e.get("action")).containsExactly("section.remove", "section.update", "section.create");
        assertThat(audit(area)).extracting(e -> e.get("action")).contains("target_area.update");
        assertThat(audit(draft.toString())).extracting(e -> e.get("action")).contains("version.adopt", "version.create");
    }

    @Test
    void onlyAdminsReadTheAuditLog() {
        as(PLANNER).get("/api/plan/audit").then().statusCode(403);
        as(VIEWER).get("/api/plan/audit").then().statusCode(403);
        as(ADMIN).get("/api/plan/audit").then().statusCode(200);
    }

    private static List<Map<String, Object>> audit(String entityId) {
        return as(ADMIN).queryParam("entityId", entityId).get("/api/plan/audit").then().statusCode(200)
                .extract().jsonPath().getList("items");
    }
}
