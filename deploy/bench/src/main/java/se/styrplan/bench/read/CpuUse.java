package se.styrplan.bench.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time from Linux's /proc, to say what one request costs whatever the machine's load: the whole machine's busy
 * time (all but idle and iowait in /proc/stat) and each service's process ({@code utime + stime}), in clock ticks
 * of 10 ms (USER_HZ 100).
 */
record CpuUse(long machineTicks, Map<String, Long> serviceTicks) {

    private static final double MS_PER_TICK = 10.0;

    static CpuUse now(Map<String, Footprint> services) {
        Map<String, Long> ticks = new HashMap<>();
        services.forEach((name, footprint) -> ticks.put(name, readProcessTicks(footprint.pid())));
        return new CpuUse(readMachineTicks(), ticks);
    }

    /** Milliseconds of machine CPU per request between {@code before} and this sample. */
    double machineMsPerRequest(CpuUse before, long requests) {
        return (machineTicks - before.machineTicks) * MS_PER_TICK / requests;
    }

    /** Milliseconds of one service's CPU per request between {@code before} and this sample (NaN when unknown). */
    double serviceMsPerRequest(CpuUse before, String service, long requests) {
        Long now = serviceTicks.get(service);
        Long then = before.serviceTicks.get(service);
        return now == null || then == null || now < 0 || then < 0 ? Double.NaN : (now - then) * MS_PER_TICK / requests;
    }

    static long readMachineTicks() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < Math.min(fields.length, 9); i++) {
                busy += i == 4 || i == 5 ? 0 : Long.parseLong(fields[i]); // 4 idle, 5 iowait
            }
            return busy;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static long readProcessTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] rest = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(rest[11]) + Long.parseLong(rest[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
