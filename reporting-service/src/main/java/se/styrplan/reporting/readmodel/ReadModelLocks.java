package se.styrplan.reporting.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The plan consumer and the indicator consumer run side by side and both write goal statuses: one replaces a
 * plan's goals, the other recomputes the goals that follow an indicator. A transaction-scoped advisory lock taken
 * before any goal is read makes them take turns, so a goal's status is always computed from committed links and
 * the latest committed indicator statuses. Lock order everywhere: an indicator's row first, then this lock.
 */
@ApplicationScoped
public class ReadModelLocks {

    /** Any fixed number: the advisory lock's name. */
    private static final long GOALS_LOCK = 0x5354_5952_474f_414cL;

    @Inject
    EntityManager em;

    /** Waits for, and holds until the transaction ends, the right to write goals. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void goals() {
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(:lock)) l")
                .setParameter("lock", GOALS_LOCK).getSingleResult();
    }
}
