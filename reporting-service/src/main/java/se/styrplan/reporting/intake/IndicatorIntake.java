package se.styrplan.reporting.intake;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import se.styrplan.reporting.intake.IndicatorPayloads.DefinitionChanged;
import se.styrplan.reporting.intake.IndicatorPayloads.MeasurementsRecorded;
import se.styrplan.reporting.intake.IndicatorPayloads.Retired;
import se.styrplan.reporting.intake.IndicatorPayloads.TargetRemoved;
import se.styrplan.reporting.intake.IndicatorPayloads.TargetSet;
import se.styrplan.reporting.intake.IndicatorPayloads.Value;
import se.styrplan.reporting.readmodel.ReportIndicator;
import se.styrplan.reporting.readmodel.SeriesStore;
import se.styrplan.reporting.readmodel.StatusUpdater;
import se.styrplan.reporting.status.Period;

/**
 * Applies indicator events: definitions, values and targets, then the indicator's status and its goals'. Each
 * handler locks the indicator's row first, so that nothing else recomputes it at the same time.
 */
@ApplicationScoped
class IndicatorIntake {

    private static final Set<String> GENDERS = Set.of("T", "K", "M");

    @Inject
    SeriesStore series;

    @Inject
    StatusUpdater statuses;

    @Transactional(Transactional.TxType.MANDATORY)
    void definitionChanged(DefinitionChanged definition) {
        require(definition.id(), IndicatorPayloads.DEFINITION_CHANGED, "id");
        ReportIndicator indicator = ReportIndicator.lockOrCreate(definition.id());
        long version = definition.version() == null ? indicator.definitionVersion + 1 : definition.version();
        if (version < indicator.definitionVersion) {
            return; // an older definition than the one applied (a replay)
        }
        indicator.definitionVersion = version;
        indicator.key = definition.key();
        indicator.title = definition.title();
        indicator.unit = definition.unit();
        indicator.unitLabel = definition.unitLabel();
        indicator.direction = definition.direction() == null ? "none" : definition.direction();
        indicator.owningDepartment = definition.owningDepartment();
        indicator.koladaKpiId = definition.koladaKpiId();
        indicator.source = definition.source();
        indicator.dividedByGender = definition.dividedByGender();
        indicator.status = definition.status() == null ? indicator.status : definition.status();
        indicator.replacedBy = definition.replacedBy();
        indicator.updatedAt = OffsetDateTime.now();
        statuses.indicatorChanged(indicator);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void retired(Retired retired) {
        require(retired.id(), IndicatorPayloads.RETIRED, "id");
        ReportIndicator indicator = ReportIndicator.lockOrCreate(retired.id());
        indicator.status = "retired";
        indicator.replacedBy = retired.replacedBy();
        indicator.updatedAt = OffsetDateTime.now();
        statuses.indicatorChanged(indicator); // every known indicator has a status, even one known only from this
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void measurementsRecorded(MeasurementsRecorded recorded) {
        String type = IndicatorPayloads.MEASUREMENTS_RECORDED;
        require(recorded.indicatorId(), type, "indicatorId");
        require(recorded.values(), type, "values");
        // one row per key, the highest revision, so that one upsert statement never meets a key twice
        Map<String, SeriesStore.ValueRow> rows = new LinkedHashMap<>();
        for (int i = 0; i < recorded.values().size(); i++) {
            Value v = recorded.values().get(i);
            String at = "values[" + i + "]";
            require(v, type, at);
            require(v.areaCode(), type, at + ".areaCode");
            require(v.status(), type, at + ".status");
            require(v.revision(), type, at + ".revision");
            if (!Period.isCode(v.period())) {
                throw new UnreadableEventException(type + ": " + at + ".period '" + v.period() + "' is not YYYY or YYYYH1/H2");
            }
            if (!GENDERS.contains(v.gender())) {
                throw new UnreadableEventException(type + ": " + at + ".gender '" + v.gender() + "' is not T, K or M");
            }
            SeriesStore.ValueRow row = new SeriesStore.ValueRow(v.areaCode(), v.period(), v.gender(), v.value(), v.status(), v.revision());
            rows.merge(v.areaCode() + "|" + v.period() + "|" + v.gender(), row, (a, b) -> b.revision() >= a.revision() ? b : a);
        }
        ReportIndicator indicator = ReportIndicator.lockOrCreate(recorded.indicatorId());
        carried(indicator, recorded.indicatorKey(), recorded.unit(), recorded.direction(), recorded.owningDepartment());
        series.upsertValues(indicator.indicatorId, List.copyOf(rows.values()));
        statuses.indicatorChanged(indicator);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void targetSet(TargetSet target) {
        String type = IndicatorPayloads.TARGET_SET;
        require(target.indicatorId(), type, "indicatorId");
        require(target.year(), type, "year");
        require(target.value(), type, "value");
        String gender = gender(target.gender(), type);
        ReportIndicator indicator = ReportIndicator.lockOrCreate(target.indicatorId());
        carried(indicator, target.indicatorKey(), target.unit(), target.direction(), target.owningDepartment());
        series.setTarget(indicator.indicatorId, target.year(), gender, target.value(), target.comment());
        statuses.indicatorChanged(indicator);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void targetRemoved(TargetRemoved target) {
        String type = IndicatorPayloads.TARGET_REMOVED;
        require(target.indicatorId(), type, "indicatorId");
        require(target.year(), type, "year");
        String gender = gender(target.gender(), type);
        ReportIndicator indicator = ReportIndicator.lockOrCreate(target.indicatorId());
        series.removeTarget(indicator.indicatorId, target.year(), gender);
        statuses.indicatorChanged(indicator);
    }

    /** What measurement and target events carry of the definition, as it was when they were written. */
    private static void carried(ReportIndicator indicator, String key, String unit, String direction, String department) {
        if (key != null) {
            indicator.key = key;
        }
        if (unit != null) {
            indicator.unit = unit;
        }
        if (direction != null) {
            indicator.direction = direction;
        }
        if (department != null) {
            indicator.owningDepartment = department;
        }
        indicator.updatedAt = OffsetDateTime.now();
    }

    private static String gender(String gender, String type) {
        String g = gender == null ? "T" : gender;
        if (!GENDERS.contains(g)) {
            throw new UnreadableEventException(type + ": gender '" + gender + "' is not T, K or M");
        }
        return g;
    }

    private static void require(Object value, String type, String field) {
        if (value == null) {
            throw new UnreadableEventException(type + " without " + field);
        }
    }
}
