package se.styrplan.indicator.target;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import se.styrplan.indicator.catalogue.Indicator;
import se.styrplan.indicator.catalogue.IndicatorStatus;
import se.styrplan.indicator.catalogue.events.IndicatorTopic;
import se.styrplan.indicator.measurement.Gender;
import se.styrplan.indicator.measurement.ValueRules;
import se.styrplan.indicator.scope.DepartmentScope;
import se.styrplan.indicator.target.events.TargetRemoved;
import se.styrplan.indicator.target.events.TargetSet;
import se.styrplan.platform.audit.AuditLog;
import se.styrplan.platform.outbox.Outbox;
import se.styrplan.platform.problem.ApiException;

/** Targets: set, changed and removed by a planner, an admin or an editor of the owning department; audited, with events. */
@ApplicationScoped
public class TargetService {

    static final String ENTITY_TYPE = "target";
    static final String SET = "target.set";
    static final String REMOVE = "target.remove";

    @Inject
    DepartmentScope scope;

    @Inject
    EntityManager em;

    @Inject
    AuditLog auditLog;

    @Inject
    Outbox outbox;

    public List<TargetView> list(UUID indicatorId) {
        scope.readable(indicatorId);
        return em.createQuery("select t from Target t where t.key.indicatorId = :id order by t.key.year, t.key.gender", Target.class)
                .setParameter("id", indicatorId).getResultStream().map(TargetView::of).toList();
    }

    /** Sets the target; one equal to the stored target (value and comment) writes nothing. */
    @Transactional
    public TargetView set(UUID indicatorId, int year, TargetInput input) {
        Indicator indicator = scope.writable(indicatorId);
        if (indicator.status == IndicatorStatus.RETIRED) {
            throw ApiException.conflict("indicator-retired", "Indicator " + indicator.key + " is retired: it takes no new targets");
        }
        String problem = ValueRules.valueProblem(input.value(), indicator.unit);
        if (problem != null) {
            throw ApiException.invalid("value", problem);
        }
        BigDecimal value = ValueRules.normalised(input.value());
        TargetKey key = new TargetKey(indicatorId, year, input.genderOrTotal());
        Target target = em.find(Target.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (target != null && ValueRules.sameValue(target.value, value) && Objects.equals(target.comment, input.comment())) {
            return TargetView.of(target);
        }
        TargetView before = target == null ? null : TargetView.of(target);
        boolean created = target == null;
        if (created) {
            target = new Target();
            target.key = key;
        }
        target.value = value;
        target.comment = input.comment();
        target.setBy = scope.actor();
        target.setAt = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        if (created) {
            em.persist(target);
        }
        flush();
        TargetView after = TargetView.of(target);
        auditLog.record(SET, ENTITY_TYPE, key, before, after);
        publish(indicator, TargetSet.TYPE, new TargetSet(indicator.id, indicator.key, indicator.unit, indicator.direction,
                indicator.owningDepartment, year, after.gender(), value, before == null ? null : before.value(), after.comment(),
                after.setBy(), after.setAt()));
        return after;
    }

    @Transactional
    public void remove(UUID indicatorId, int year, String gender) {
        Indicator indicator = scope.writable(indicatorId);
        TargetKey key = new TargetKey(indicatorId, year, gender);
        Target target = em.find(Target.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (target == null) {
            throw ApiException.notFound("Target", year + "/" + gender + " of indicator " + indicator.key);
        }
        TargetView before = TargetView.of(target);
        em.remove(target);
        auditLog.record(REMOVE, ENTITY_TYPE, key, before, null);
        publish(indicator, TargetRemoved.TYPE, new TargetRemoved(indicator.id, indicator.key, indicator.owningDepartment, year,
                Gender.valueOf(gender), before.value(), scope.actor(), OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS)));
    }

    private void publish(Indicator indicator, String type, Object data) {
        outbox.publish(IndicatorTopic.NAME, indicator.id.toString(), type, IndicatorTopic.subject(indicator.id), data);
    }

    /** A concurrent first setting of the same target becomes a 409 rather than a 500. */
    private void flush() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ConstraintViolationException violation && "target_pkey".equals(violation.getConstraintName())) {
                    throw ApiException.conflict("concurrent-write", "Another request set this target at the same time; try again");
                }
            }
            throw e;
        }
    }
}
