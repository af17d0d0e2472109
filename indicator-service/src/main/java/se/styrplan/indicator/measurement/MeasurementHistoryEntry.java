package se.styrplan.indicator.measurement;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An earlier state of a measurement, kept when a correction replaced it: the append-only
 * {@code measurement_history} table (a trigger refuses updates and deletes).
 */
@Entity
@Table(name = "measurement_history")
public class MeasurementHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "indicator_id", nullable = false, updatable = false)
    public UUID indicatorId;

    @Column(name = "area_code", nullable = false, updatable = false)
    public String areaCode;

    @Column(nullable = false, updatable = false)
    public String period;

    @Column(nullable = false, updatable = false)
    public String gender;

    /** The revision of the replaced state. */
    @Column(nullable = false, updatable = false)
    public int revision;

    @Column(updatable = false)
    public BigDecimal value;

    @Convert(converter = MeasurementStatus.JpaConverter.class)
    @Column(nullable = false, updatable = false)
    public MeasurementStatus status;

    @Convert(converter = MeasurementSource.JpaConverter.class)
    @Column(nullable = false, updatable = false)
    public MeasurementSource source;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "import_job_id", updatable = false)
    public UUID importJobId;

    @Column(name = "changed_by", nullable = false, updatable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    public OffsetDateTime changedAt;

    @Column(name = "new_revision", nullable = false, updatable = false)
    public int newRevision;

    /** The state {@code current} had until {@code changedBy} replaced it. */
    static MeasurementHistoryEntry of(Measurement current, String changedBy, OffsetDateTime changedAt) {
        MeasurementHistoryEntry entry = new MeasurementHistoryEntry();
        entry.indicatorId = current.key.indicatorId;
        entry.areaCode = current.key.areaCode;
        entry.period = current.key.period;
        entry.gender = current.key.gender;
        entry.revision = current.revision;
        entry.value = current.value;
        entry.status = current.status;
        entry.source = current.source;
        entry.recordedBy = current.recordedBy;
        entry.recordedAt = current.recordedAt;
        entry.importJobId = current.importJobId;
        entry.changedBy = changedBy;
        entry.changedAt = changedAt;
        entry.newRevision = current.revision + 1;
        return entry;
    }
}
