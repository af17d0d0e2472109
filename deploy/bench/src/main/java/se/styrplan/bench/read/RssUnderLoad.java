package se.styrplan.bench.read;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Each service's resident memory while the load runs: {@code VmRSS} sampled twice a second, the highest kept. This is
 * what the footprint bar names ("≤ 300 MB RSS under load"); the kernel's own high-water mark ({@code VmHWM}, printed
 * next to it) also holds moments outside the load, such as start-up.
 */
final class RssUnderLoad implements AutoCloseable {

    private final Map<String, Long> highestKb = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "rss-sampler");
        thread.setDaemon(true);
        return thread;
    });

    RssUnderLoad(Map<String, Footprint> services) {
        sampler.scheduleAtFixedRate(() -> services.forEach((name, footprint) -> {
            long kb = Footprint.status(footprint.pid(), "VmRSS");
            if (kb > 0) {
                highestKb.merge(name, kb, Math::max);
            }
        }), 0, 500, TimeUnit.MILLISECONDS);
    }

    /** The highest sample of the service in MB, or -1 when none was taken. */
    long highestMb(String service) {
        return highestKb.getOrDefault(service, -1024L) / 1024;
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
