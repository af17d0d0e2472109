package se.styrplan.plan.proposal;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What a proposal says about one item of the plan, by the item's kind and stable key. */
@Entity
@Table(name = "proposal_note")
public class ProposalNote extends PanacheEntityBase {

    @EmbeddedId
    public NoteId id;

    public String comment;

    public String motivation;

    @Column(nullable = false)
    public boolean uncertain;

    public String note;

    public NoteView view() {
        return new NoteView(ItemKind.ofCode(id.itemKind), id.itemKey, comment, motivation, uncertain, note);
    }

    public static List<ProposalNote> ofProposal(UUID proposalId) {
        return list("id.proposalId = ?1 order by id.itemKind, id.itemKey", proposalId);
    }

    @Embeddable
    public static class NoteId implements Serializable {

        @Column(name = "proposal_id", nullable = false)
        public UUID proposalId;

        @Column(name = "item_kind", nullable = false)
        public String itemKind;

        @Column(name = "item_key", nullable = false)
        public String itemKey;

        public NoteId() {
        }

        public NoteId(UUID proposalId, ItemKind kind, String itemKey) {
            this.proposalId = proposalId;
            this.itemKind = kind.code();
            this.itemKey = itemKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof NoteId other && Objects.equals(proposalId, other.proposalId)
                    && Objects.equals(itemKind, other.itemKind) && Objects.equals(itemKey, other.itemKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(proposalId, itemKind, itemKey);
        }
    }
}
