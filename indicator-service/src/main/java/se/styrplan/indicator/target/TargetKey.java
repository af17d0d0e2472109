package se.styrplan.indicator.target;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What a target is for: indicator × year × gender. */
@Embeddable
public class TargetKey implements Serializable {

    @Column(name = "indicator_id", nullable = false)
    public UUID indicatorId;

    @Column(nullable = false)
    public int year;

    /** T, K or M. */
    @Column(nullable = false)
    public String gender;

    public TargetKey() {
    }

    public TargetKey(UUID indicatorId, int year, String gender) {
        this.indicatorId = indicatorId;
        this.year = year;
        this.gender = gender;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TargetKey k && Objects.equals(indicatorId, k.indicatorId) && year == k.year && Objects.equals(gender, k.gender);
    }

    @Override
    public int hashCode() {
        return Objects.hash(indicatorId, year, gender);
    }

    @Override
    public String toString() {
        return indicatorId + "/" + year + "/" + gender;
    }
}
