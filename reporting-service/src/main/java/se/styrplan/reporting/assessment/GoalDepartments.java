package se.styrplan.reporting.assessment;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import se.styrplan.reporting.readmodel.ReportGoal;

/**
 * Which departments own a goal. Plan events carry only a free-text responsible body ("Miljönämnden"), which is no
 * department code; indicator definitions carry the owning department. So a goal belongs to the departments that own
 * its indicators: an editor of one of them may assess it. A goal without such indicators is assessed by planners.
 */
@ApplicationScoped
public class GoalDepartments {

    @Inject
    EntityManager em;

    @SuppressWarnings("unchecked")
    public Set<String> of(ReportGoal goal) {
        List<UUID> ids = goal.indicators.stream().map(i -> i.indicatorId).toList();
        if (ids.isEmpty()) {
            return Set.of();
        }
        List<String> found = em.createNativeQuery(
                "select distinct owning_department from indicator where indicator_id in (:ids) and owning_department is not null",
                String.class).setParameter("ids", ids).getResultList();
        return new TreeSet<>(found);
    }
}
