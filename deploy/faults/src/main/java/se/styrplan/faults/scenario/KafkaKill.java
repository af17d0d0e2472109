package se.styrplan.faults.scenario;

import java.util.List;

import se.styrplan.faults.load.BulkImport;
import se.styrplan.faults.platform.FaultPlatform;

/** kill -9 of the broker during the import; started again (same data folder and ports) after a pause. */
final class KafkaKill implements Fault {

    private final long downMillis;

    KafkaKill(long downMillis) {
        this.downMillis = downMillis;
    }

    @Override
    public String title() {
        return "Kafka broker killed (SIGKILL) mid-import, restarted after " + downMillis / 1000 + " s";
    }

    @Override
    public Done inject(FaultPlatform platform, BulkImport load) throws Exception {
        int request = Fault.requestToHit(load);
        load.awaitRequest(request);
        Thread.sleep(300);
        long killed = System.nanoTime();
        platform.stack().killKafka();
        Thread.sleep(downMillis);
        long restart = System.nanoTime();
        platform.stack().startKafka();
        long back = System.nanoTime();
        return new Done(back, List.of(
                "killed the broker during bulk request " + (request + 1) + " of " + load.requests() + "; down " + Fault.seconds(killed, restart)
                        + ", then started on the same data folder: answering " + Fault.seconds(restart, back) + " later"));
    }
}
