package se.styrplan.bench.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's footprint as the operating system and its own log tell it: resident memory now and at its peak
 * ({@code VmRSS}, {@code VmHWM} of {@code /proc/<pid>/status}), and the start-up time Quarkus logged last.
 */
record Footprint(String service, long pid, long rssKb, long peakRssKb, OptionalDouble startedSeconds) {

    static final List<String> SERVICES = List.of("gateway", "plan-service", "indicator-service", "reporting-service");
    private static final Pattern STARTED = Pattern.compile("started in (\\d+(?:\\.\\d+)?)s");

    /** The service's process, found by the packaged jar on its command line (as the run command starts it). */
    static Optional<Footprint> of(String service, Path logs) {
        String jar = service + "/target/quarkus-app/quarkus-run.jar";
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .filter(p -> p.info().commandLine().map(c -> c.contains(jar)).orElse(false))
                .findFirst()
                .map(p -> new Footprint(service, p.pid(), status(p.pid(), "VmRSS"), status(p.pid(), "VmHWM"),
                        started(logs.resolve(service + ".log"))));
    }

    private static long status(long pid, String field) {
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

    static OptionalDouble started(Path log) {
        if (!Files.exists(log)) {
            return OptionalDouble.empty();
        }
        try (var lines = Files.lines(log)) {
            return lines.map(STARTED::matcher).filter(Matcher::find).map(m -> Double.parseDouble(m.group(1)))
                    .reduce((first, second) -> second).map(OptionalDouble::of).orElse(OptionalDouble.empty());
        } catch (IOException | java.io.UncheckedIOException e) {
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
