package se.styrplan.reporting.readmodel;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An indicator's definition as indicator-service published it. Measurement and target events fill in what they
 * carry (key, unit, direction, department), so an indicator whose values arrive first can still be judged.
 */
@Entity
@Table(name = "indicator")
public class ReportIndicator extends PanacheEntityBase {

    @Id
    @Column(name = "indicator_id")
    public UUID indicatorId;

    public String key;

    public String title;

    public String unit;

    @Column(name = "unit_label")
    public String unitLabel;

    /** A {@link se.styrplan.reporting.status.Direction} code. */
    @Column(nullable = false)
    public String direction = "none";

    @Column(name = "owning_department")
    public String owningDepartment;

    @Column(name = "kolada_kpi_id")
    public String koladaKpiId;

    /** Where the values come from: kolada, scb, insikt, … (the reports credit Kolada where it applies). */
    public String source;

    @Column(name = "divided_by_gender")
    public Boolean dividedByGender;

    /** active or retired. */
    @Column(nullable = false)
    public String status = "active";

    @Column(name = "replaced_by")
    public UUID replacedBy;

    /** The version of the latest definition event applied; an older one arriving later is ignored. */
    @Column(name = "definition_version", nullable = false)
    public long definitionVersion = -1;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /**
     * The indicator, locked for this transaction, created when unknown. Every writer of an indicator's statuses
     * locks it first, so two of them never interleave.
     */
    public static ReportIndicator lockOrCreate(UUID id) {
        ReportIndicator indicator = findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (indicator == null) {
            indicator = new ReportIndicator();
            indicator.indicatorId = id;
            indicator.updatedAt = OffsetDateTime.now();
            indicator.persist();
            getEntityManager().flush(); // the row (and its lock) exists from here on
        }
        return indicator;
    }
}
