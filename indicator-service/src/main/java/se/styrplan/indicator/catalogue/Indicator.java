package se.styrplan.indicator.catalogue;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One indicator of the catalogue, as the {@code indicator} table keeps it. */
@Entity
@Table(name = "indicator")
public class Indicator {

    /** Assigned by the service, or by the caller of an upsert (the seed loader keeps ids stable across runs). */
    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String key;

    @Column(nullable = false)
    public String title;

    public String description;

    @Convert(converter = IndicatorUnit.JpaConverter.class)
    @Column(nullable = false)
    public IndicatorUnit unit;

    @Column(name = "unit_label")
    public String unitLabel;

    @Convert(converter = Direction.JpaConverter.class)
    @Column(nullable = false)
    public Direction direction;

    @Convert(converter = IndicatorSource.JpaConverter.class)
    @Column(nullable = false)
    public IndicatorSource source;

    @Column(name = "kolada_kpi_id")
    public String koladaKpiId;

    @Column(name = "kolada_kpi_id_checked", nullable = false)
    public boolean koladaKpiIdChecked;

    @Column(name = "divided_by_gender")
    public Boolean dividedByGender;

    @Column(name = "owning_department")
    public String owningDepartment;

    @Convert(converter = IndicatorStatus.JpaConverter.class)
    @Column(nullable = false)
    public IndicatorStatus status = IndicatorStatus.ACTIVE;

    @Column(name = "replaced_by")
    public UUID replacedBy;

    @Column(name = "retired_reason")
    public String retiredReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Optimistic locking: two concurrent writes of one indicator cannot both win. */
    @Version
    public long version;
}
