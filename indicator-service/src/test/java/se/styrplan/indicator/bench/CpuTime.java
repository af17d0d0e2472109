package se.styrplan.indicator.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time spent during a phase of the benchmark, from Linux's /proc: the whole machine's busy time and the service's
 * own. On a quiet machine the busy time is the stack's, so CPU seconds per million values say what the phase costs
 * whatever else the machine was doing, and (cores ÷ cost) the most this machine could reach.
 */
final class CpuTime {

    /** Clock ticks per second of /proc's counters (USER_HZ: 100 on every Linux the project runs on). */
    private static final double TICKS = 100.0;

    private final long pid;
    private final long machineBusy;
    private final long serviceTicks;

    private CpuTime(long pid, long machineBusy, long serviceTicks) {
        this.pid = pid;
        this.machineBusy = machineBusy;
        this.serviceTicks = serviceTicks;
    }

    static CpuTime start(long servicePid) {
        return new CpuTime(servicePid, machineBusyTicks(), processTicks(servicePid));
    }

    /** The CPU seconds since {@link #start}: the machine's (all processes) and the service's. */
    Spent spent() {
        return new Spent((machineBusyTicks() - machineBusy) / TICKS, (processTicks(pid) - serviceTicks) / TICKS);
    }

    record Spent(double machineSeconds, double serviceSeconds) {
    }

    /** user + nice + system + irq + softirq + steal of the first line of /proc/stat (all but idle and iowait). */
    static long machineBusyTicks() {
        String[] fields = read(Path.of("/proc/stat")).lines().findFirst().orElseThrow().trim().split("\\s+");
        long busy = 0;
        for (int i = 1; i < Math.min(fields.length, 9); i++) {
            if (i != 4 && i != 5) { // idle, iowait
                busy += Long.parseLong(fields[i]);
            }
        }
        return busy;
    }

    /** utime + stime of a process (fields 14 and 15 of /proc/<pid>/stat, counted after the command's closing parenthesis). */
    static long processTicks(long pid) {
        String stat = read(Path.of("/proc", Long.toString(pid), "stat"));
        String[] rest = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(rest[11]) + Long.parseLong(rest[12]);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
