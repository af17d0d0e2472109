package se.styrplan.reporting.readmodel;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A goal of an adopted version, as its GoalSnapshot carried it, with its stored roll-up status. */
@Entity
@Table(name = "report_goal")
public class ReportGoal extends PanacheEntityBase {

    @Id
    @Column(name = "goal_id")
    public UUID goalId;

    /** Stable across versions (the goal's id is new in every version). */
    @Column(name = "goal_key", nullable = false)
    public String goalKey;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(name = "version_id", nullable = false)
    public UUID versionId;

    @Column(name = "target_area_id", nullable = false)
    public UUID targetAreaId;

    @Column(name = "target_area_key")
    public String targetAreaKey;

    @Column(name = "target_area_title", nullable = false)
    public String targetAreaTitle;

    /** The target area's place in the plan: the order in which the adoption listed them. */
    @Column(name = "target_area_position", nullable = false)
    public int targetAreaPosition;

    @Column(nullable = false)
    public String title;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "int[]")
    public List<Integer> sdgs = new ArrayList<>();

    @Column(name = "responsible_body")
    public String responsibleBody;

    @Column(nullable = false)
    public int position;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "report_goal_indicator", joinColumns = @JoinColumn(name = "goal_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 50)
    public List<GoalIndicator> indicators = new ArrayList<>();

    /** A {@link se.styrplan.reporting.status.GoalStatus} code. */
    @Column(nullable = false)
    public String status = "not_assessed";

    @Column(name = "indicators_total", nullable = false)
    public int indicatorsTotal;

    @Column(name = "indicators_on_track", nullable = false)
    public int indicatorsOnTrack;

    @Column(name = "indicators_off_track", nullable = false)
    public int indicatorsOffTrack;

    @Column(name = "indicators_not_counted", nullable = false)
    public int indicatorsNotCounted;

    @Column(name = "status_computed_at")
    public OffsetDateTime statusComputedAt;

    public static List<ReportGoal> ofPlan(UUID planId) {
        return list("planId = ?1 order by targetAreaPosition, position", planId);
    }

    /** The goals followed up by this indicator. */
    public static List<ReportGoal> linkedTo(UUID indicatorId) {
        return find("select distinct g from ReportGoal g join g.indicators i where i.indicatorId = ?1", indicatorId).list();
    }
}
