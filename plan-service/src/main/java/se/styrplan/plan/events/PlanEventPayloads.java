package se.styrplan.plan.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The payloads of {@code styrplan.plan.v1}, the published contract (docs/events.md): change them only by adding
 * fields; a breaking change is a new event type.
 */
public final class PlanEventPayloads {

    private PlanEventPayloads() {
    }

    /** se.styrplan.plan.GoalCreated.v1 */
    public record GoalCreated(GoalSnapshot goal) {
    }

    /** se.styrplan.plan.GoalChanged.v1: {@code changed} names the fields that differ from {@code before}. */
    public record GoalChanged(GoalSnapshot goal, GoalSnapshot before, List<String> changed) {
    }

    /** se.styrplan.plan.GoalRemoved.v1 */
    public record GoalRemoved(GoalSnapshot goal) {
    }

    /** se.styrplan.plan.GoalIndicatorLinksChanged.v1 */
    public record GoalIndicatorLinksChanged(GoalSnapshot goal, List<UUID> added, List<UUID> removed) {
    }

    /** se.styrplan.plan.VersionAdopted.v1: the whole adopted plan, goal by goal. */
    public record VersionAdopted(UUID planId, String planKey, String planTitle, UUID versionId, int versionNumber,
            String label, UUID basedOn, LocalDate decidedOn, String decidedBy, String caseNumber, List<GoalSnapshot> goals) {
    }
}
