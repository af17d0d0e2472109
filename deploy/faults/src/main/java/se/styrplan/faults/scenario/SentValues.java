package se.styrplan.faults.scenario;

import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import se.styrplan.faults.load.Soak;
import se.styrplan.faults.measure.Databases;

/**
 * Every value the run has sent and had accepted: bulk values (each a key of its own, so counted) and values entered by
 * hand (by key, the last one sent). Stored as sent: the bulk values indicator-service holds, and the hand-entered keys
 * whose stored number and status are the last ones sent.
 */
public final class SentValues {

    private final AtomicLong bulk = new AtomicLong();
    private final Map<Soak.ManualKey, Soak.Entry> manual = new ConcurrentHashMap<>();

    public void addBulk(long values) {
        bulk.addAndGet(values);
    }

    public void addManual(Map<Soak.ManualKey, Soak.Entry> values) {
        manual.putAll(values);
    }

    public long sent() {
        return bulk.get() + manual.size();
    }

    public long stored(Databases db) throws SQLException {
        long stored = db.bulkValues();
        for (Map.Entry<Soak.ManualKey, Soak.Entry> e : manual.entrySet()) {
            Soak.ManualKey k = e.getKey();
            if (db.holds(k.indicator(), k.area(), k.period(), e.getValue().value(), e.getValue().status())) {
                stored++;
            }
        }
        return stored;
    }
}
