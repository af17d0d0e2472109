package se.styrplan.bench.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Properties;

import se.styrplan.devstack.run.Launcher;

/**
 * A service's footprint as the operating system and the run command tell it: resident memory now and at its peak
 * ({@code VmRSS}, {@code VmHWM} of {@code /proc/<pid>/status}), and its time to ready as the run command's launcher
 * measured it (from spawning the JVM until the readiness probe answered 200; {@link Launcher#READY_TIMES}).
 */
record Footprint(String service, long pid, long rssKb, long peakRssKb, OptionalDouble readySeconds) {

    static final List<String> SERVICES = List.of("gateway", "plan-service", "indicator-service", "reporting-service");

    /** The service's process, found by the packaged jar on its command line (as the run command starts it). */
    static Optional<Footprint> of(String service, Path logs) {
        String jar = service + "/target/quarkus-app/quarkus-run.jar";
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .filter(p -> p.info().commandLine().map(c -> c.contains(jar)).orElse(false))
                .findFirst()
                .map(p -> new Footprint(service, p.pid(), status(p.pid(), "VmRSS"), status(p.pid(), "VmHWM"),
                        readySeconds(logs.resolve(Launcher.READY_TIMES), service)));
    }

    static long status(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    static OptionalDouble readySeconds(Path readyTimes, String service) {
        Properties times = new Properties();
        try (var in = Files.newBufferedReader(readyTimes)) {
            times.load(in);
            String seconds = times.getProperty(service);
            return seconds == null ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(seconds));
        } catch (IOException | NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    long rssMb() {
        return rssKb / 1024;
    }

    long peakRssMb() {
        return peakRssKb / 1024;
    }
}
