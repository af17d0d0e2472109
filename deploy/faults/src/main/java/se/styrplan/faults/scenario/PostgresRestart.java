package se.styrplan.faults.scenario;

import java.time.Duration;
import java.util.List;

import se.styrplan.faults.load.BulkImport;
import se.styrplan.faults.platform.FaultPlatform;

/**
 * PostgreSQL restarted as {@code pg_ctl restart -m fast} does, while a bulk request is streaming: every service loses
 * every connection, open transactions (the import's chunk, the relay's batch, the consumer's event) roll back.
 */
final class PostgresRestart implements Fault {

    private final Duration down;

    PostgresRestart(Duration down) {
        this.down = down;
    }

    @Override
    public String title() {
        return down.isZero() ? "PostgreSQL restarted (fast shutdown, start) mid-import"
                : "PostgreSQL stopped (fast shutdown) mid-import, started " + down.toSeconds() + " s later";
    }

    @Override
    public Done inject(FaultPlatform platform, BulkImport load) throws Exception {
        int request = Fault.requestToHit(load);
        load.awaitRequest(request);
        Thread.sleep(300);
        long begin = System.nanoTime();
        if (down.isZero()) {
            platform.stack().restartPostgres();
        } else {
            platform.stack().stopPostgres();
            Thread.sleep(down.toMillis());
            platform.stack().startPostgres();
        }
        long back = System.nanoTime();
        return new Done(back, List.of("restarted during bulk request " + (request + 1) + " of " + load.requests()
                + "; from the shutdown until it accepted connections again: " + Fault.seconds(begin, back)));
    }
}
