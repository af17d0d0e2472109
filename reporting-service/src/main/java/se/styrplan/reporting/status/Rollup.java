package se.styrplan.reporting.status;

import java.util.Collection;

/**
 * The documented roll-ups.
 *
 * <p><b>Goal</b>, from its indicators' {@link Contribution}s: of the indicators that count, off_track when at least
 * a third are off track; on_track when none is; partly otherwise; not_assessed when none counts.
 *
 * <p><b>Target area and plan</b>, from their goals' statuses: of the goals that were assessed, off_track when at
 * least a third are off track; on_track when all are on track; partly otherwise; not_assessed when none was.
 */
public final class Rollup {

    private Rollup() {
    }

    public static IndicatorCounts ofIndicators(Collection<Contribution> contributions) {
        int on = 0;
        int off = 0;
        int not = 0;
        for (Contribution c : contributions) {
            switch (c) {
                case ON_TRACK -> on++;
                case OFF_TRACK -> off++;
                case NOT_COUNTED -> not++;
            }
        }
        int counted = on + off;
        GoalStatus status;
        if (counted == 0) {
            status = GoalStatus.NOT_ASSESSED;
        } else if (3 * off >= counted) {
            status = GoalStatus.OFF_TRACK;
        } else if (off == 0) {
            status = GoalStatus.ON_TRACK;
        } else {
            status = GoalStatus.PARTLY;
        }
        return new IndicatorCounts(status, contributions.size(), on, off, not);
    }

    public static GoalCounts ofGoals(Collection<GoalStatus> goals) {
        int on = 0;
        int partly = 0;
        int off = 0;
        int not = 0;
        for (GoalStatus g : goals) {
            switch (g) {
                case ON_TRACK -> on++;
                case PARTLY -> partly++;
                case OFF_TRACK -> off++;
                case NOT_ASSESSED -> not++;
            }
        }
        int assessed = on + partly + off;
        GoalStatus status;
        if (assessed == 0) {
            status = GoalStatus.NOT_ASSESSED;
        } else if (3 * off >= assessed && off > 0) {
            status = GoalStatus.OFF_TRACK;
        } else if (on == assessed) {
            status = GoalStatus.ON_TRACK;
        } else {
            status = GoalStatus.PARTLY;
        }
        return new GoalCounts(status, goals.size(), on, partly, off, not);
    }

    public record IndicatorCounts(GoalStatus status, int total, int onTrack, int offTrack, int notCounted) {
    }

    public record GoalCounts(GoalStatus status, int total, int onTrack, int partly, int offTrack, int notAssessed) {
    }
}
