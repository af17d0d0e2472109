package se.styrplan.plan.version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.styrplan.platform.problem.ApiException;

/** One version of a plan: a draft being edited, or an adopted, immutable record. */
@Entity
@Table(name = "plan_version")
public class PlanVersion extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public String label;

    @Convert(converter = VersionStatusConverter.class)
    @Column(nullable = false)
    public VersionStatus status;

    @Column(name = "based_on")
    public UUID basedOn;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "case_number")
    public String caseNumber;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "adopted_at")
    public OffsetDateTime adoptedAt;

    public boolean isAdopted() {
        return status == VersionStatus.ADOPTED;
    }

    /** Refuses any change to an adopted version: it is a public record. */
    public void requireDraft() {
        if (isAdopted()) {
            throw ApiException.conflict("version-adopted", "Version " + number + " (" + label + ") is adopted and cannot be changed; "
                    + "create a draft from it and adopt that instead");
        }
    }

    public static PlanVersion require(UUID id) {
        PlanVersion version = findById(id);
        if (version == null) {
            throw ApiException.notFound("Plan version", id);
        }
        return version;
    }

    public static List<PlanVersion> ofPlan(UUID planId) {
        return list("planId = ?1 order by number", planId);
    }

    /** The newest adopted version: the plan in force. */
    public static PlanVersion current(UUID planId) {
        return find("planId = ?1 and status = ?2 order by number desc", planId, VersionStatus.ADOPTED).firstResult();
    }
}
