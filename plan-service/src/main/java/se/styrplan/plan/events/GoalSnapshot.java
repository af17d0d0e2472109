package se.styrplan.plan.events;

import java.util.List;
import java.util.UUID;

/**
 * A goal as events carry it: everything a consumer needs without calling plan-service back.
 * Part of the published contract of {@code styrplan.plan.v1}: change it only by adding fields.
 */
public record GoalSnapshot(
        UUID goalId,
        String goalKey,
        UUID planId,
        UUID versionId,
        int versionNumber,
        String versionStatus,
        UUID targetAreaId,
        String targetAreaKey,
        String targetAreaTitle,
        String title,
        List<Integer> sdgs,
        List<Indicator> indicators,
        String responsibleBody,
        int position) {

    public record Indicator(UUID indicatorId, String title) {
    }
}
