package se.styrplan.reporting.live;

import java.time.OffsetDateTime;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import se.styrplan.platform.outbox.Outbox;
import se.styrplan.reporting.readmodel.IndicatorStatusRecord;
import se.styrplan.reporting.readmodel.ReportGoal;
import se.styrplan.reporting.readmodel.ReportIndicator;

/**
 * Announces real status changes, inside the transaction that made them: a {@code StatusChanged.v1} event into the
 * outbox (sent to {@code styrplan.reporting.v1} after the commit), and a CDI event that the live stream observes
 * after the commit. Nothing is announced when a recompute finds what was already stored.
 */
@ApplicationScoped
public class StatusChanges {

    @Inject
    Outbox outbox;

    @Inject
    Event<StatusChanged> local;

    /** A rebuild replays history: it must not announce it again. Set per thread by {@link #quietly}. */
    private static final ThreadLocal<Boolean> QUIET = ThreadLocal.withInitial(() -> false);

    /** Runs {@code work} without announcing anything (the read model's rebuild). */
    public static void quietly(Runnable work) {
        QUIET.set(true);
        try {
            work.run();
        } finally {
            QUIET.remove();
        }
    }

    /** {@code before} is null when the indicator had no stored status. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void indicator(ReportIndicator indicator, Snapshot before, IndicatorStatusRecord after) {
        if (before != null && before.status().equals(after.status) && before.targetStatus().equals(after.targetStatus)
                && before.trend().equals(after.trend)) {
            return;
        }
        announce(new StatusChanged(StatusChanged.INDICATOR, indicator.indicatorId, null, null, indicator.title, after.areaCode,
                before == null ? null : before.status(), after.status, before == null ? null : before.targetStatus(),
                after.targetStatus, before == null ? null : before.trend(), after.trend, OffsetDateTime.now()));
    }

    /** {@code before} is null for a goal that had no status (new in the version adopted). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void goal(ReportGoal goal, String before, String areaCode) {
        if (Objects.equals(before, goal.status)) {
            return;
        }
        announce(new StatusChanged(StatusChanged.GOAL, goal.goalId, goal.goalKey, goal.planId, goal.title, areaCode, before,
                goal.status, null, null, null, null, OffsetDateTime.now()));
    }

    private void announce(StatusChanged change) {
        if (QUIET.get()) {
            return;
        }
        // keyed by what stays the same: an indicator's id; a goal's plan and key (its id is new in every version)
        String key = StatusChanged.GOAL.equals(change.kind()) ? change.planId() + "/" + change.goalKey() : change.id().toString();
        outbox.publish(StatusChanged.TOPIC, key, StatusChanged.TYPE, change.subject(), change);
        local.fire(change); // observed after the commit by the live stream
    }

    /** An indicator's stored status before a recompute. */
    public record Snapshot(String status, String targetStatus, String trend) {
        public static Snapshot of(IndicatorStatusRecord record) {
            return record == null ? null : new Snapshot(record.status, record.targetStatus, record.trend);
        }
    }
}
