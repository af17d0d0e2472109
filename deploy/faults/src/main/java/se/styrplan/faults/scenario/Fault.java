package se.styrplan.faults.scenario;

import java.util.List;

import se.styrplan.faults.load.BulkImport;
import se.styrplan.faults.platform.FaultPlatform;

/** A fault injected during an import: it returns once the faulty part is back, saying what it did. */
public interface Fault {

    /** @param endedAt System.nanoTime() when the faulty part was back (the clock of the time to recover starts) */
    record Done(long endedAt, List<String> notes) {
    }

    String title();

    Done inject(FaultPlatform platform, BulkImport load) throws Exception;

    /** The request of the import during which the fault comes: about a third of the way in. */
    static int requestToHit(BulkImport load) {
        return Math.max(1, load.requests() * 3 / 10);
    }

    static String seconds(long fromNanos, long toNanos) {
        return String.format(java.util.Locale.ROOT, "%.1f s", (toNanos - fromNanos) / 1e9);
    }
}
