package se.styrplan.gateway.routing;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Stops sending requests to a service that keeps failing, so callers get a 503 at once instead of each waiting
 * out a timeout, and the service is not hammered while it restarts. Closed: everything passes, consecutive
 * failures are counted. Open: nothing passes until the open duration is over. Half-open: one trial passes;
 * its success closes the circuit, its failure opens it again (a trial that never reports expires after the
 * open duration, so the circuit cannot stick).
 * <p>
 * Called from several event loops, hence synchronized; the sections are a few field updates.
 */
final class CircuitBreaker {

    private enum State { CLOSED, OPEN, HALF_OPEN }

    private final int failureThreshold;
    private final long openNanos;
    private final LongSupplier nanoClock;

    private State state = State.CLOSED;
    private int consecutiveFailures;
    private long openedAt;
    private long trialStartedAt;

    CircuitBreaker(int failureThreshold, Duration openDuration, LongSupplier nanoClock) {
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("failureThreshold must be at least 1");
        }
        this.failureThreshold = failureThreshold;
        this.openNanos = openDuration.toNanos();
        this.nanoClock = nanoClock;
    }

    CircuitBreaker(int failureThreshold, Duration openDuration) {
        this(failureThreshold, openDuration, System::nanoTime);
    }

    /** May a request go to the service now? Every {@code true} should later report success or failure. */
    synchronized boolean tryAcquire() {
        long now = nanoClock.getAsLong();
        switch (state) {
            case CLOSED:
                return true;
            case OPEN:
                if (now - openedAt < openNanos) {
                    return false;
                }
                state = State.HALF_OPEN;
                trialStartedAt = now;
                return true;
            default: // HALF_OPEN: one trial at a time, unless the last one went silent
                if (now - trialStartedAt < openNanos) {
                    return false;
                }
                trialStartedAt = now;
                return true;
        }
    }

    synchronized void onSuccess() {
        state = State.CLOSED;
        consecutiveFailures = 0;
    }

    synchronized void onFailure() {
        if (state == State.HALF_OPEN || ++consecutiveFailures >= failureThreshold) {
            state = State.OPEN;
            openedAt = nanoClock.getAsLong();
            consecutiveFailures = 0;
        }
    }

    synchronized boolean isOpen() {
        return state != State.CLOSED;
    }

    /** Whole seconds until a trial may pass, for Retry-After; at least 1. */
    synchronized long retryAfterSeconds() {
        long from = state == State.HALF_OPEN ? trialStartedAt : openedAt;
        long remaining = Math.max(0, openNanos - (nanoClock.getAsLong() - from));
        return Math.max(1, (remaining + 999_999_999L) / 1_000_000_000L);
    }
}
