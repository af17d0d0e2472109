package se.styrplan.reporting.readmodel;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Statuses depend on the year (which value is due) and on the settings, not only on events: a stored status
 * computed with another year or other settings is recomputed, one indicator per transaction. Runs shortly after
 * start and then every hour; normally it finds nothing to do.
 */
@ApplicationScoped
public class StatusRefresh {

    private static final Logger LOG = Logger.getLogger(StatusRefresh.class);

    @Inject
    EntityManager em;

    @Inject
    StatusUpdater updater;

    @Scheduled(every = "${styrplan.reporting.refresh-interval:1h}", delayed = "${styrplan.reporting.refresh-delay:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refreshStale() {
        String basis = updater.basis();
        List<UUID> stale = QuarkusTransaction.requiringNew().call(() -> staleIndicators(basis));
        int done = 0;
        for (UUID id : stale) {
            try {
                QuarkusTransaction.requiringNew().run(() -> updater.indicatorChanged(ReportIndicator.lockOrCreate(id)));
                done++;
            } catch (RuntimeException e) {
                LOG.warnf(e, "Could not refresh the status of indicator %s (tried again next round)", id);
            }
        }
        if (done > 0) {
            LOG.infof("Refreshed %d indicator statuses for %s", done, basis);
        }
    }

    @SuppressWarnings("unchecked")
    private List<UUID> staleIndicators(String basis) {
        return em.createNativeQuery("""
                select i.indicator_id from indicator i left join indicator_status s on s.indicator_id = i.indicator_id
                where s.indicator_id is null or s.basis <> :basis
                """, UUID.class).setParameter("basis", basis).getResultList();
    }
}
