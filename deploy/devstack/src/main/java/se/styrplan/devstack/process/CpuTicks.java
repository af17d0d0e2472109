package se.styrplan.devstack.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time from Linux's /proc, in clock ticks (USER_HZ, 100 a second on every Linux the project runs on), for the
 * benchmarks' "what did it cost" lines: what the CPU did is robust to other load on the machine where wall time is not.
 */
public final class CpuTicks {

    /** Ticks per second of /proc's counters. */
    public static final double PER_SECOND = 100.0;

    private CpuTicks() {
    }

    /** The whole machine's busy ticks: every field of /proc/stat's first line but idle and iowait; -1 if unreadable. */
    public static long machineBusy() {
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

    /** A process's utime + stime (fields 14 and 15 of /proc/<pid>/stat, counted after the command's parenthesis); -1 if gone. */
    public static long ofProcess(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] rest = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(rest[11]) + Long.parseLong(rest[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
