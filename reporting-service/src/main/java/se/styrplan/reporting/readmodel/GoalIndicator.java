package se.styrplan.reporting.readmodel;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An indicator a goal is followed up by, in the plan's wording. */
@Embeddable
public class GoalIndicator {

    @Column(name = "indicator_id", nullable = false)
    public UUID indicatorId;

    public String title;

    public GoalIndicator() {
    }

    public GoalIndicator(UUID indicatorId, String title) {
        this.indicatorId = indicatorId;
        this.title = title;
    }
}
