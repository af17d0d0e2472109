package se.styrplan.plan.proposal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.styrplan.platform.problem.ApiException;

/**
 * A proposal to revise a plan: a working copy of the plan in force (the draft version) with its authors' notes, or
 * a statement of text only. Its changes are computed by comparing the draft with the base version.
 */
@Entity
@Table(name = "proposal")
public class Proposal extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(nullable = false)
    public String key;

    @Column(nullable = false)
    public String title;

    @Convert(converter = ProposalKind.Stored.class)
    @Column(nullable = false)
    public ProposalKind kind;

    @Convert(converter = ProposalStatus.Stored.class)
    @Column(nullable = false)
    public ProposalStatus status;

    @Convert(converter = AuthorKind.Stored.class)
    @Column(name = "author_kind", nullable = false)
    public AuthorKind authorKind;

    /** The party group's code, as in the Keycloak group {@code /party-groups/<code>}; null for the central office. */
    @Column(name = "author_group")
    public String authorGroup;

    @Column(name = "author_name", nullable = false)
    public String authorName;

    @Column(name = "base_version_id", nullable = false)
    public UUID baseVersionId;

    @Column(name = "draft_version_id")
    public UUID draftVersionId;

    @JdbcTypeCode(SqlTypes.JSON)
    public Statement statement;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "case_number")
    public String caseNumber;

    @Column(name = "adopted_version_id")
    public UUID adoptedVersionId;

    /** Submitted proposals are public records, and stay so whatever happens to them next. */
    public boolean isPublic() {
        return submittedAt != null && status != ProposalStatus.DRAFT;
    }

    public static Proposal require(UUID id) {
        Proposal proposal = findById(id);
        if (proposal == null) {
            throw ApiException.notFound("Proposal", id);
        }
        return proposal;
    }

    public static Proposal byKey(UUID planId, String key) {
        return find("planId = ?1 and key = ?2", planId, key).firstResult();
    }

    /** The proposal whose working copy the version is, if any. */
    public static Proposal ofDraftVersion(UUID versionId) {
        return find("draftVersionId", versionId).firstResult();
    }
}
