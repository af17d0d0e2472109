package se.styrplan.indicator.measurement;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import se.styrplan.indicator.area.AreaRepository;
import se.styrplan.indicator.area.AreaView;
import se.styrplan.indicator.area.KnownAreas;
import se.styrplan.indicator.catalogue.Indicator;
import se.styrplan.indicator.catalogue.IndicatorHeader;
import se.styrplan.indicator.measurement.BatchValidator.ValidRow;
import se.styrplan.indicator.measurement.events.MeasurementsRecorded;
import se.styrplan.indicator.scope.DepartmentScope;
import se.styrplan.platform.audit.AuditLog;
import se.styrplan.platform.problem.ApiException;
import se.styrplan.platform.web.Page;
import se.styrplan.platform.web.Paging;

/**
 * Recording and correcting values, and reading them. A write is all or nothing: the values, their history rows,
 * one audit entry per changed value and one event for the whole request commit together or not at all.
 */
@ApplicationScoped
public class MeasurementService {

    static final int MAX_VALUES = 1000;
    static final String ENTITY_TYPE = "measurement";
    static final String RECORD = "measurement.record";
    static final String CORRECT = "measurement.correct";

    @Inject
    DepartmentScope scope;

    @Inject
    BatchValidator validator;

    @Inject
    MeasurementRepository measurements;

    @Inject
    AreaRepository areas;

    @Inject
    KnownAreas knownAreas;

    @Inject
    AuditLog auditLog;

    @Inject
    MeasurementEvents events;

    /** Records new values and corrects changed ones (source {@code manual}); equal values are left alone. */
    @Transactional
    public RecordResult record(UUID indicatorId, List<ValueInput> input) {
        Indicator indicator = scope.writable(indicatorId);
        List<ValidRow> rows = validator.validate(indicatorId, indicator.unit, input);
        String actor = scope.actor();
        OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        Map<MeasurementKey, Measurement> stored = measurements.lockExisting(indicatorId, rows.stream().map(ValidRow::key).toList());

        List<RecordResult.Row> result = new ArrayList<>(rows.size());
        List<MeasurementsRecorded.Value> changed = new ArrayList<>();
        int inserted = 0;
        int corrected = 0;
        for (ValidRow row : rows) {
            Measurement m = stored.get(row.key());
            if (m == null) {
                m = new Measurement();
                m.key = row.key();
                m.revision = 1;
                apply(m, row, actor, now);
                measurements.persist(m);
                auditLog.record(RECORD, ENTITY_TYPE, m.key, null, MeasuredValue.of(m));
                changed.add(eventValue(m, null));
                result.add(RecordResult.Row.of(m, RecordOutcome.INSERTED));
                inserted++;
            } else if (ValueRules.sameValue(m.value, row.value()) && m.status == row.status()) {
                result.add(RecordResult.Row.of(m, RecordOutcome.UNCHANGED));
            } else {
                MeasuredValue before = MeasuredValue.of(m);
                measurements.persist(MeasurementHistoryEntry.of(m, actor, now));
                m.revision++;
                apply(m, row, actor, now);
                auditLog.record(CORRECT, ENTITY_TYPE, m.key, before, MeasuredValue.of(m));
                changed.add(eventValue(m, before));
                result.add(RecordResult.Row.of(m, RecordOutcome.CORRECTED));
                corrected++;
            }
        }
        flush();
        if (!changed.isEmpty()) {
            events.recorded(indicator, MeasurementSource.MANUAL, actor, now, changed);
        }
        return new RecordResult(indicatorId, input.size(), inserted, corrected, rows.size() - inserted - corrected, result);
    }

    public Series series(UUID indicatorId, String areaCode, String gender, Integer fromYear, Integer toYear) {
        IndicatorHeader indicator = scope.readableHeader(indicatorId);
        AreaView area = knownAreas.find(areaCode)
                .orElseThrow(() -> ApiException.invalid("area", "no area has the code " + areaCode + " (see listAreas)"));
        if (fromYear != null && toYear != null && fromYear > toYear) {
            throw ApiException.invalid("from", "must not be after 'to'");
        }
        List<Series.Point> points = measurements.series(indicatorId, areaCode, gender, fromYear, toYear);
        return new Series(indicator.id(), indicator.key(), indicator.unit(), indicator.unitLabel(), indicator.direction(), area,
                Gender.valueOf(gender), points);
    }

    public ValueHistory history(UUID indicatorId, String areaCode, String period, String gender) {
        scope.readable(indicatorId);
        MeasurementKey key = new MeasurementKey(indicatorId, areaCode, period, gender);
        Measurement current = measurements.find(key);
        if (current == null) {
            throw ApiException.notFound("Value", areaCode + "/" + period + "/" + gender + " of indicator " + indicatorId);
        }
        return new ValueHistory(MeasuredValue.of(current),
                measurements.history(key).stream().map(ValueHistory.Correction::of).toList());
    }

    public Page<CrossSectionValue> crossSection(String period, String areaCode, String gender, String department, Paging paging) {
        if (areas.find(areaCode).isEmpty()) {
            throw ApiException.invalid("area", "no area has the code " + areaCode + " (see listAreas)");
        }
        List<CrossSectionValue> items = measurements.crossSection(period, areaCode, gender, department, paging).stream()
                .map(MeasurementRepository::crossSectionValue).toList();
        return Page.of(items, paging, measurements.crossSectionCount(period, areaCode, gender, department));
    }

    private static void apply(Measurement m, ValidRow row, String actor, OffsetDateTime now) {
        m.value = row.value();
        m.status = row.status();
        m.source = MeasurementSource.MANUAL;
        m.recordedBy = actor;
        m.recordedAt = now;
        m.importJobId = null;
    }

    private static MeasurementsRecorded.Value eventValue(Measurement m, MeasuredValue before) {
        return new MeasurementsRecorded.Value(m.key.areaCode, m.key.period, Gender.valueOf(m.key.gender), m.value, m.status,
                m.revision, before == null ? null : before.value(), before == null ? null : before.status());
    }

    /** Writes now, so that a concurrent first recording of the same value becomes a 409 rather than a 500. */
    private void flush() {
        try {
            measurements.flush();
        } catch (PersistenceException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ConstraintViolationException violation && "measurement_pkey".equals(violation.getConstraintName())) {
                    throw ApiException.conflict("concurrent-write", "Another request recorded one of these values at the same time; try again");
                }
            }
            throw e;
        }
    }
}
