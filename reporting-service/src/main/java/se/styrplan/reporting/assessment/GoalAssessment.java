package se.styrplan.reporting.assessment;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One entry of an owner's assessment of a goal for a year. Entries are never changed: a new one replaces the
 * current one, and the earlier ones are its history.
 */
@Entity
@Table(name = "goal_assessment")
public class GoalAssessment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    public UUID planId;

    @Column(name = "goal_key", nullable = false, updatable = false)
    public String goalKey;

    @Column(nullable = false, updatable = false)
    public int year;

    /** A {@link Judgement} code. */
    @Column(nullable = false, updatable = false)
    public String judgement;

    @Column(nullable = false, updatable = false)
    public String analysis;

    @Column(name = "goal_id", nullable = false, updatable = false)
    public UUID goalId;

    @Column(name = "assessed_by", nullable = false, updatable = false)
    public String assessedBy;

    @Column(name = "assessed_at", nullable = false, updatable = false)
    public OffsetDateTime assessedAt;

    /** Every entry for the goal (by plan and key), newest first. */
    public static List<GoalAssessment> history(UUID planId, String goalKey) {
        return list("planId = ?1 and goalKey = ?2 order by id desc", planId, goalKey);
    }

    /** The current entry of each year (the latest one), newest year first. */
    public static List<GoalAssessment> current(UUID planId, String goalKey) {
        List<GoalAssessment> all = history(planId, goalKey);
        java.util.Map<Integer, GoalAssessment> byYear = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        all.forEach(a -> byYear.putIfAbsent(a.year, a));
        return List.copyOf(byYear.values());
    }
}
