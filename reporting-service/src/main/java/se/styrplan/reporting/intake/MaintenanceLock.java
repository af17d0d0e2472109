package se.styrplan.reporting.intake;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps the live consumers and a rebuild of the read model apart in this instance: each consumed event holds the
 * shared side while it is applied; a rebuild holds the exclusive side, so it starts only after the events in
 * flight are done and the consumers wait (outside any transaction) until it is over. With several replicas of the
 * service, run them down to one for a rebuild (README: "Rebuild").
 */
@ApplicationScoped
public class MaintenanceLock {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);

    /** Runs one consumed event's work (the live consumers). */
    public <T> T whileApplying(Supplier<T> work) {
        lock.readLock().lock();
        try {
            return work.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Runs maintenance alone, or refuses when another maintenance holds the lock for longer than {@code waitSeconds}. */
    public <T> T exclusively(long waitSeconds, Supplier<T> work) {
        boolean locked;
        try {
            locked = lock.writeLock().tryLock(waitSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the maintenance lock", e);
        }
        if (!locked) {
            return null;
        }
        try {
            return work.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    public boolean inMaintenance() {
        return lock.isWriteLocked();
    }
}
