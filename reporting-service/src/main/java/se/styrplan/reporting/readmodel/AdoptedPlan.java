package se.styrplan.reporting.readmodel;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The version in force of a plan: its latest adopted version, from {@code VersionAdopted.v1}. */
@Entity
@Table(name = "adopted_plan")
public class AdoptedPlan extends PanacheEntityBase {

    @Id
    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "plan_key")
    public String planKey;

    @Column(name = "plan_title", nullable = false)
    public String planTitle;

    @Column(name = "version_id", nullable = false)
    public UUID versionId;

    @Column(name = "version_number", nullable = false)
    public int versionNumber;

    public String label;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "case_number")
    public String caseNumber;

    @Column(name = "adopted_at")
    public OffsetDateTime adoptedAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
