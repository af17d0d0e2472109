package se.styrplan.reporting.readmodel;

import java.time.OffsetDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.opentelemetry.instrumentation.annotations.WithSpan;

import se.styrplan.reporting.ReportingConfig;
import se.styrplan.reporting.live.StatusChanges;
import se.styrplan.reporting.status.Contribution;
import se.styrplan.reporting.status.Direction;
import se.styrplan.reporting.status.IndicatorAssessment;
import se.styrplan.reporting.status.IndicatorRules;
import se.styrplan.reporting.status.IndicatorSeries;
import se.styrplan.reporting.status.Observation;
import se.styrplan.reporting.status.Period;
import se.styrplan.reporting.status.Rollup;
import se.styrplan.reporting.status.RuleSettings;
import se.styrplan.reporting.status.Target;

/**
 * Recomputes and stores statuses inside the transaction of the event that changed them, so that reads only read.
 * An indicator's status comes from its own-area values and targets ({@link IndicatorRules}); a goal's from its
 * indicators' stored statuses ({@link Rollup}).
 */
@ApplicationScoped
public class StatusUpdater {

    static final String TOTAL = "T";

    @Inject
    ReportingConfig config;

    @Inject
    SeriesStore series;

    @Inject
    ReadModelLocks locks;

    @Inject
    StatusChanges changes;

    /** The rules' settings for today. */
    public RuleSettings settings() {
        return new RuleSettings(Year.now(config.zone()).getValue(), config.publicationLagYears(), config.trendWindowYears(),
                config.stableThreshold());
    }

    public String basis() {
        return settings().basis(config.ownArea());
    }

    /**
     * After an indicator's definition, values or targets changed: its status, then the goals that follow it.
     * The caller holds the indicator's lock ({@link ReportIndicator#lockOrCreate}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @WithSpan("indicator status") // a child of the event's span (intake.IntakeSpans), where tracing is on
    public void indicatorChanged(ReportIndicator indicator) {
        recomputeIndicator(indicator, settings());
        locks.goals();
        for (ReportGoal goal : ReportGoal.linkedTo(indicator.indicatorId)) {
            recomputeGoal(goal);
        }
    }

    /** A goal's roll-up from the stored statuses of its indicators. The caller holds {@link ReadModelLocks#goals}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recomputeGoal(ReportGoal goal) {
        recomputeGoal(goal, goal.status);
    }

    /**
     * The same, for a goal whose status before is not the one it holds (a goal of a newly adopted version: its
     * status before is that of the same goal key in the version it replaces, or null when it is new).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @WithSpan("goal status")
    public void recomputeGoal(ReportGoal goal, String before) {
        List<UUID> ids = goal.indicators.stream().map(i -> i.indicatorId).toList();
        Map<UUID, IndicatorStatusRecord> statuses = IndicatorStatusRecord.byIndicator(ids);
        List<Contribution> contributions = new ArrayList<>(ids.size());
        for (UUID id : ids) {
            IndicatorStatusRecord status = statuses.get(id);
            contributions.add(Contribution.of(status == null ? null : status.assessment));
        }
        Rollup.IndicatorCounts counts = Rollup.ofIndicators(contributions);
        goal.status = counts.status().code();
        goal.indicatorsTotal = counts.total();
        goal.indicatorsOnTrack = counts.onTrack();
        goal.indicatorsOffTrack = counts.offTrack();
        goal.indicatorsNotCounted = counts.notCounted();
        goal.statusComputedAt = OffsetDateTime.now();
        changes.goal(goal, before, config.ownArea());
    }

    IndicatorStatusRecord recomputeIndicator(ReportIndicator indicator, RuleSettings settings) {
        List<Observation> total = new ArrayList<>();
        List<Observation> women = new ArrayList<>();
        List<Observation> men = new ArrayList<>();
        for (SeriesStore.StoredValue v : series.values(indicator.indicatorId, config.ownArea())) {
            if (!Period.isCode(v.period())) {
                continue;
            }
            Observation o = new Observation(Period.parse(v.period()), v.value() == null ? null : v.value().doubleValue(), v.status());
            switch (v.gender()) {
                case "T" -> total.add(o);
                case "K" -> women.add(o);
                case "M" -> men.add(o);
                default -> {
                    // the table allows no other gender
                }
            }
        }
        List<Target> targets = series.targets(indicator.indicatorId, TOTAL).stream()
                .map(t -> new Target(t.year(), t.value().doubleValue(), t.comment())).toList();
        IndicatorAssessment assessment = IndicatorRules.assess(
                new IndicatorSeries(Direction.fromCode(indicator.direction), total, women, men, targets), settings);

        IndicatorStatusRecord found = IndicatorStatusRecord.findById(indicator.indicatorId);
        StatusChanges.Snapshot before = StatusChanges.Snapshot.of(found);
        IndicatorStatusRecord record = found != null ? found : new IndicatorStatusRecord();
        record.indicatorId = indicator.indicatorId;
        record.areaCode = config.ownArea();
        record.status = assessment.status().code();
        record.targetStatus = assessment.targetStatus().code();
        record.trend = assessment.trend().code();
        record.assessment = assessment;
        record.basis = settings.basis(config.ownArea());
        record.computedAt = OffsetDateTime.now();
        if (found == null) {
            record.persist();
        }
        changes.indicator(indicator, before, record);
        return record;
    }
}
