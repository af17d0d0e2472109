package se.styrplan.faults.scenario;

import java.util.List;

import se.styrplan.faults.load.BulkImport;
import se.styrplan.faults.platform.FaultPlatform;

/**
 * The network between Kafka and the two services behind the proxy (indicator-service's relay and reporting-service's
 * consumers) frozen during the import: connections stay open, nothing passes, then it all flows again.
 */
final class NetworkFreeze implements Fault {

    private final long frozenMillis;

    NetworkFreeze(long frozenMillis) {
        this.frozenMillis = frozenMillis;
    }

    @Override
    public String title() {
        return "network to Kafka frozen for " + frozenMillis / 1000 + " s (indicator-service's relay, reporting-service's consumers)";
    }

    @Override
    public Done inject(FaultPlatform platform, BulkImport load) throws Exception {
        int request = Fault.requestToHit(load);
        load.awaitRequest(request);
        int connections = platform.proxy().connections();
        long frozen = System.nanoTime();
        platform.proxy().freeze();
        Thread.sleep(frozenMillis);
        platform.proxy().thaw();
        long thawed = System.nanoTime();
        return new Done(thawed, List.of("froze " + connections + " open connections during bulk request " + (request + 1) + " of "
                + load.requests() + " for " + Fault.seconds(frozen, thawed) + " (new ones hung too), then thawed; "
                + platform.proxy().connections() + " connections open after the thaw"));
    }
}
