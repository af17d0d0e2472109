package se.styrplan.indicator.measurement;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What a measurement is of: indicator × area × period × gender. Plain columns (JPA converts no id attributes). */
@Embeddable
public class MeasurementKey implements Serializable {

    @Column(name = "indicator_id", nullable = false)
    public UUID indicatorId;

    @Column(name = "area_code", nullable = false)
    public String areaCode;

    @Column(nullable = false)
    public String period;

    /** T, K or M. */
    @Column(nullable = false)
    public String gender;

    public MeasurementKey() {
    }

    public MeasurementKey(UUID indicatorId, String areaCode, String period, String gender) {
        this.indicatorId = indicatorId;
        this.areaCode = areaCode;
        this.period = period;
        this.gender = gender;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MeasurementKey k && Objects.equals(indicatorId, k.indicatorId) && Objects.equals(areaCode, k.areaCode)
                && Objects.equals(period, k.period) && Objects.equals(gender, k.gender);
    }

    @Override
    public int hashCode() {
        return Objects.hash(indicatorId, areaCode, period, gender);
    }

    @Override
    public String toString() {
        return indicatorId + "/" + areaCode + "/" + period + "/" + gender;
    }
}
