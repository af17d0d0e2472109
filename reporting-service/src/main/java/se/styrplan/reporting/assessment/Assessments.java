package se.styrplan.reporting.assessment;

import java.time.OffsetDateTime;
import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import se.styrplan.platform.audit.AuditLog;
import se.styrplan.platform.problem.ApiException;
import se.styrplan.platform.security.CurrentUser;
import se.styrplan.reporting.ReportingConfig;
import se.styrplan.reporting.assessment.AssessmentViews.AssessmentRequest;
import se.styrplan.reporting.assessment.AssessmentViews.AssessmentView;
import se.styrplan.reporting.assessment.AssessmentViews.GoalAssessments;
import se.styrplan.reporting.readmodel.ReportGoal;

/** Records and reads the owners' assessments; only the goal's owners and planners may record one. */
@ApplicationScoped
public class Assessments {

    static final String ENTITY = "goal-assessment";

    @Inject
    CurrentUser user;

    @Inject
    GoalDepartments departments;

    @Inject
    AuditLog audit;

    @Inject
    ReportingConfig config;

    @Transactional
    public AssessmentView record(UUID goalId, int year, AssessmentRequest request) {
        ReportGoal goal = goal(goalId);
        int thisYear = Year.now(config.zone()).getValue();
        if (year < 1990 || year > thisYear) {
            throw ApiException.invalid("year", "must be between 1990 and " + thisYear + " (a year that has begun)");
        }
        Set<String> owners = departments.of(goal);
        // planners and admins act for every department (mayWriteForDepartment(null)), editors for their own
        boolean allowed = user.mayWriteForDepartment(null) || owners.stream().anyMatch(user::mayWriteForDepartment);
        if (!allowed) {
            throw ApiException.forbidden(owners.isEmpty()
                    ? "Goal " + goalId + " has no owning department: only planners may assess it"
                    : "Only planners and editors of " + String.join(", ", owners) + " may assess goal " + goalId);
        }
        List<GoalAssessment> current = GoalAssessment.current(goal.planId, goal.goalKey);
        AssessmentView before = current.stream().filter(a -> a.year == year).findFirst().map(AssessmentView::of).orElse(null);

        GoalAssessment entry = new GoalAssessment();
        entry.planId = goal.planId;
        entry.goalKey = goal.goalKey;
        entry.year = year;
        entry.judgement = request.judgement();
        entry.analysis = request.analysis() == null ? "" : request.analysis().strip();
        entry.goalId = goal.goalId;
        entry.assessedBy = user.name();
        entry.assessedAt = OffsetDateTime.now();
        entry.persist();
        AssessmentView after = AssessmentView.of(entry);
        audit.record(before == null ? "create" : "update", ENTITY, goal.planId + "/" + goal.goalKey + "/" + year, before, after);
        return after;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public GoalAssessments of(UUID goalId) {
        ReportGoal goal = goal(goalId);
        return new GoalAssessments(goal.goalId, goal.goalKey, goal.planId, departments.of(goal),
                GoalAssessment.current(goal.planId, goal.goalKey).stream().map(AssessmentView::of).toList(),
                GoalAssessment.history(goal.planId, goal.goalKey).stream().map(AssessmentView::of).toList());
    }

    /** The current assessment of each year, newest year first (for the goal report). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AssessmentView> current(ReportGoal goal) {
        return GoalAssessment.current(goal.planId, goal.goalKey).stream().map(AssessmentView::of).toList();
    }

    private static ReportGoal goal(UUID goalId) {
        ReportGoal goal = ReportGoal.findById(goalId);
        if (goal == null) {
            throw ApiException.notFound("Goal of an adopted version", goalId);
        }
        return goal;
    }
}
