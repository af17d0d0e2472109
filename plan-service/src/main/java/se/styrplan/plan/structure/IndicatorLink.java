package se.styrplan.plan.structure;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A goal's indicator: its id in indicator-service's catalogue and the line as the plan words it. */
@Embeddable
public class IndicatorLink {

    @Column(name = "indicator_id", nullable = false)
    public UUID indicatorId;

    @Column(nullable = false)
    public String title;

    public IndicatorLink() {
    }

    public IndicatorLink(UUID indicatorId, String title) {
        this.indicatorId = indicatorId;
        this.title = title;
    }
}
