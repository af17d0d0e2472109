package se.styrplan.devstack.process;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import se.styrplan.devstack.DevstackException;

/** Polls until a condition holds, failing early when the process it waits for has died. */
public final class Waits {

    private Waits() {
    }

    public static void until(String what, Duration timeout, ManagedProcess process, BooleanSupplier ready) {
        until(what, timeout, process, ready, Duration.ofMillis(200));
    }

    /** As {@link #until(String, Duration, ManagedProcess, BooleanSupplier)}, asking every {@code every}. */
    public static void until(String what, Duration timeout, ManagedProcess process, BooleanSupplier ready, Duration every) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (ready.getAsBoolean()) {
                return;
            }
            if (process != null && !process.isAlive()) {
                throw new DevstackException(what + " exited during start-up. See its log: " + process.log());
            }
            sleep(every);
        }
        throw new DevstackException(what + " was not ready within " + timeout.toSeconds() + " s."
                + (process == null ? "" : " See its log: " + process.log()));
    }

    public static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevstackException("Interrupted while waiting", e);
        }
    }
}
