package se.styrplan.plan.events;

import static org.assertj.core.api.Assertions.assertThat;
import static se.styrplan.plan.PlanApi.PLANNER;
import static se.styrplan.plan.PlanApi.as;
import static se.styrplan.plan.PlanApi.newDraft;
import static se.styrplan.plan.PlanApi.planId;
import static se.styrplan.plan.PlanApi.tree;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import se.styrplan.devstack.test.TopicProbe;

/** Each kind of plan change arrives on the real broker as a CloudEvent keyed by the plan's id. */
@QuarkusTest
class PlanEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void goalLifecycleAndAdoptionAreAnnouncedInOrderUnderThePlansKey() throws Exception {
        UUID plan = planId();
        UUID draft = newDraft("Utkast: händelser");
        String area = tree(draft).getString("targetAreas[0].id");
        UUID indicator = UUID.randomUUID();
        try (TopicProbe probe = TopicProbe.open(PlanEvents.TOPIC)) {
            String goal = as(PLANNER).body(Map.of("title", "Karlstad ska ha fler badplatser", "sdgs", List.of(3, 11)))
                    .post("/api/plan/target-areas/" + area + "/goals").then().statusCode(201).extract().path("id");
            as(PLANNER).body(Map.of("title", "Karlstad ska ha fler och renare badplatser", "sdgs", List.of(3, 11)))
                    .put("/api/plan/goals/" + goal).then().statusCode(200);
            as(PLANNER).body(Map.of("indicators", List.of(Map.of("indicatorId", indicator, "title", "Badplatser, antal"))))
                    .put("/api/plan/goals/" + goal + "/indicators").then().statusCode(200);
            as(PLANNER).delete("/api/plan/goals/" + goal).then().statusCode(204);
            as(PLANNER).body(Map.of("decidedOn", "2025-06-12", "decidedBy", "Kommunfullmäktige", "caseNumber", "KS-2025/0457"))
                    .post("/api/plan/versions/" + draft + "/adoption").then().statusCode(200);

            JsonNode created = event(probe, "GoalCreated.v1", goal);
            assertThat(created.at("/data/goal/title").asText()).isEqualTo("Karlstad ska ha fler badplatser");
            assertThat(created.at("/data/goal/versionStatus").asText()).isEqualTo("draft");
            assertThat(created.at("/data/goal/targetAreaTitle").asText()).isNotBlank();

            JsonNode changed = event(probe, "GoalChanged.v1", goal);
            assertThat(changed.at("/data/changed").toString()).contains("title");
            assertThat(changed.at("/data/before/title").asText()).isEqualTo("Karlstad ska ha fler badplatser");

            JsonNode links = event(probe, "GoalIndicatorLinksChanged.v1", goal);
            assertThat(links.at("/data/added/0").asText()).isEqualTo(indicator.toString());
            assertThat(links.at("/data/goal/indicators/0/title").asText()).isEqualTo("Badplatser, antal");

            event(probe, "GoalRemoved.v1", goal);

            ConsumerRecord<String, String> adoptedRecord = probe.await(r -> r.value().contains("VersionAdopted.v1")
                    && r.value().contains(draft.toString()), WAIT);
            JsonNode adopted = JSON.readTree(adoptedRecord.value());
            assertThat(adoptedRecord.key()).isEqualTo(plan.toString());
            assertThat(adopted.at("/data/caseNumber").asText()).isEqualTo("KS-2025/0457");
            assertThat(adopted.at("/data/goals").size()).isEqualTo(tree(draft).getList("targetAreas.goals.flatten()").size());
            assertThat(adopted.at("/data/goals/0/indicators").isArray()).isTrue();

            List<String> order = probe.seen().stream().filter(r -> r.value().contains(goal) || r.value().contains("VersionAdopted"))
                    .map(r -> type(r)).toList();
            assertThat(order).containsSubsequence("se.styrplan.plan.GoalCreated.v1", "se.styrplan.plan.GoalChanged.v1",
                    "se.styrplan.plan.GoalIndicatorLinksChanged.v1", "se.styrplan.plan.GoalRemoved.v1",
                    "se.styrplan.plan.VersionAdopted.v1");
            assertThat(probe.seen()).filteredOn(r -> r.value().contains(goal)).allMatch(r -> r.key().equals(plan.toString()));
        }
    }

    @Test
    void refusedWriteEmitsNothing() {
        UUID draft = newDraft("Utkast: inga händelser");
        String goal = tree(draft).getString("targetAreas[0].goals[0].id");
        String marker = tree(draft).getString("targetAreas[0].goals[1].id");
        try (TopicProbe probe = TopicProbe.open(PlanEvents.TOPIC)) {
            // refused halfway: the duplicate indicator is found after title and SDGs were applied
            UUID twice = UUID.randomUUID();
            as(PLANNER).body(Map.of("title", "Ändrad titel", "sdgs", List.of(1), "indicators",
                    List.of(Map.of("indicatorId", twice, "title", "A"), Map.of("indicatorId", twice, "title", "B"))))
                    .put("/api/plan/goals/" + goal).then().statusCode(400);
            as(PLANNER).delete("/api/plan/goals/" + marker).then().statusCode(204);

            event(probe, "GoalRemoved.v1", marker);
            assertThat(probe.seen()).noneMatch(r -> r.value().contains(goal) && r.value().contains("GoalChanged"));
        }
        assertThat(tree(draft).getString("targetAreas[0].goals[0].title")).isNotEqualTo("Ändrad titel");
    }

    private static JsonNode event(TopicProbe probe, String type, String goalId) {
        ConsumerRecord<String, String> record = probe.await(r -> r.value().contains("\"se.styrplan.plan." + type + "\"")
                && r.value().contains(goalId), WAIT);
        try {
            JsonNode event = JSON.readTree(record.value());
            assertThat(event.path("specversion").asText()).isEqualTo("1.0");
            assertThat(event.path("subject").asText()).isEqualTo("goals/" + goalId);
            return event;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String type(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value()).path("type").asText();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
