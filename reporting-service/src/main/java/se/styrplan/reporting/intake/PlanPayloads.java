package se.styrplan.reporting.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What reporting-service reads of {@code styrplan.plan.v1} (the schema is plan-service's
 * {@code PlanEventPayloads} and {@code GoalSnapshot}); fields it does not know are ignored.
 */
final class PlanPayloads {

    static final String VERSION_ADOPTED = "se.styrplan.plan.VersionAdopted.v1";
    /** Goal events concern drafts (an adopted version never changes): VersionAdopted carries every goal. */
    static final List<String> DRAFT_GOAL_EVENTS = List.of("se.styrplan.plan.GoalCreated.v1", "se.styrplan.plan.GoalChanged.v1",
            "se.styrplan.plan.GoalIndicatorLinksChanged.v1", "se.styrplan.plan.GoalRemoved.v1");

    private PlanPayloads() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record VersionAdopted(UUID planId, String planKey, String planTitle, UUID versionId, Integer versionNumber, String label,
            UUID basedOn, LocalDate decidedOn, String decidedBy, String caseNumber, List<GoalSnapshot> goals) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record GoalSnapshot(UUID goalId, String goalKey, UUID planId, UUID versionId, Integer versionNumber, String versionStatus,
            UUID targetAreaId, String targetAreaKey, String targetAreaTitle, String title, List<Integer> sdgs,
            List<Indicator> indicators, String responsibleBody, Integer position) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Indicator(UUID indicatorId, String title) {
    }
}
