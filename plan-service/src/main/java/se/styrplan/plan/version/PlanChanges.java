package se.styrplan.plan.version;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Every write that changes what a plan's trees show of the plan (an adoption changes the version in force; an
 * import adopts too) calls {@link #changed} in its transaction: this replica's {@link AdoptedTreeCache} forgets the
 * plan once the transaction completes, so that the change shows at once here (other replicas: within the recheck
 * interval). After completion, not before: a reader in between would read and keep the state before the commit.
 */
@ApplicationScoped
public class PlanChanges {

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    AdoptedTreeCache cache;

    public void changed(UUID planId) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                // committed or rolled back: forgetting a plan is always safe, it is only read again
                cache.forgetPlan(planId);
            }
        });
    }
}
