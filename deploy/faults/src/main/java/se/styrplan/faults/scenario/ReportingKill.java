package se.styrplan.faults.scenario;

import java.time.Duration;
import java.util.List;

import se.styrplan.devstack.run.ServiceProcess;
import se.styrplan.faults.load.BulkImport;
import se.styrplan.faults.measure.Databases;
import se.styrplan.faults.measure.Kafka;
import se.styrplan.faults.platform.FaultPlatform;

/** kill -9 of reporting-service while it is applying the import's events; started again at once. */
final class ReportingKill implements Fault {

    private final Databases db;
    private final Kafka kafka;

    ReportingKill(Databases db, Kafka kafka) {
        this.db = db;
        this.kafka = kafka;
    }

    @Override
    public String title() {
        return "reporting-service killed (SIGKILL) mid-stream, restarted";
    }

    @Override
    public Done inject(FaultPlatform platform, BulkImport load) throws Exception {
        long before = db.ledgerRows();
        int request = Fault.requestToHit(load);
        load.awaitRequest(request);
        // mid-stream: it has applied some of this import's events, and records it has not applied yet wait on the topics
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        long atKill;
        long onTopics;
        do {
            Thread.sleep(50);
            atKill = db.ledgerRows();
            onTopics = kafka.records(Kafka.INDICATOR_TOPIC) + kafka.records(Kafka.PLAN_TOPIC);
        } while ((atKill < before + 20 || onTopics - atKill < 10) && System.nanoTime() < deadline);
        ServiceProcess reporting = platform.service("reporting-service");
        long killed = System.nanoTime();
        reporting.kill();
        long restart = System.nanoTime();
        reporting.start();
        long back = System.nanoTime();
        return new Done(back, List.of(
                "killed it during bulk request " + (request + 1) + " of " + load.requests() + " with " + atKill + " events in its ledger ("
                        + (atKill - before) + " of this import's so far) and " + onTopics + " records on its topics (" + (onTopics - atKill)
                        + " more than it had applied)",
                "started again " + Fault.seconds(killed, restart) + " later; ready after " + Fault.seconds(restart, back)));
    }
}
