package se.styrplan.indicator.measurement;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The current value of an indicator for an area, period and gender, as the {@code measurement} table keeps it. */
@Entity
@Table(name = "measurement")
public class Measurement {

    @EmbeddedId
    public MeasurementKey key;

    /** Null when suppressed. */
    public BigDecimal value;

    @Convert(converter = MeasurementStatus.JpaConverter.class)
    @Column(nullable = false)
    public MeasurementStatus status;

    @Convert(converter = MeasurementSource.JpaConverter.class)
    @Column(nullable = false)
    public MeasurementSource source;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "import_job_id")
    public UUID importJobId;

    /** 1 when first recorded, one more with every correction. Writers lock the row, so no two corrections race. */
    @Column(nullable = false)
    public int revision;
}
