package se.styrplan.plan.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An overarching goal (övergripande mål) of a target area, with its SDG links and indicators. */
@Entity
@Table(name = "goal")
public class Goal extends VersionItem {

    @Column(name = "target_area_id", nullable = false)
    public UUID targetAreaId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<TextBlock> description = new ArrayList<>();

    @Column(name = "responsible_body")
    public String responsibleBody;

    /** SDG numbers in the order the plan lists them. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "goal_sdg", joinColumns = @JoinColumn(name = "goal_id"))
    @OrderColumn(name = "position")
    @Column(name = "sdg_number")
    @BatchSize(size = 50)
    public List<Integer> sdgs = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "goal_indicator", joinColumns = @JoinColumn(name = "goal_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 50)
    public List<IndicatorLink> indicators = new ArrayList<>();

    public static List<Goal> ofVersion(UUID versionId) {
        return list("versionId = ?1 order by position", versionId);
    }

    public static List<Goal> ofTargetArea(UUID targetAreaId) {
        return list("targetAreaId = ?1 order by position", targetAreaId);
    }
}
