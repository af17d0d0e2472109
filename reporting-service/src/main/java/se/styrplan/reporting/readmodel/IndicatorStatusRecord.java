package se.styrplan.reporting.readmodel;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.styrplan.reporting.status.IndicatorAssessment;

/** An indicator's stored status for the own area (gender T): recomputed on every event that can change it. */
@Entity
@Table(name = "indicator_status")
public class IndicatorStatusRecord extends PanacheEntityBase {

    @Id
    @Column(name = "indicator_id")
    public UUID indicatorId;

    @Column(name = "area_code", nullable = false)
    public String areaCode;

    @Column(nullable = false)
    public String status;

    @Column(name = "target_status", nullable = false)
    public String targetStatus;

    @Column(nullable = false)
    public String trend;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public IndicatorAssessment assessment;

    /** The settings it was computed with ({@link se.styrplan.reporting.status.RuleSettings#basis}). */
    @Column(nullable = false)
    public String basis;

    @Column(name = "computed_at", nullable = false)
    public OffsetDateTime computedAt;

    public static Map<UUID, IndicatorStatusRecord> byIndicator(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<IndicatorStatusRecord> found = list("indicatorId in ?1", ids);
        return found.stream().collect(Collectors.toMap(r -> r.indicatorId, r -> r));
    }
}
