package se.styrplan.indicator.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import se.styrplan.devstack.process.CpuTicks;

/**
 * CPU time spent during a phase of the benchmark, from Linux's /proc: the whole machine's busy time and, within it, the
 * service's, PostgreSQL's (every process of its binary, plus what its postmaster collected from backends that ended),
 * Kafka's and this benchmark's own. On a quiet machine the busy time is the stack's, so CPU seconds per million values
 * say what the phase costs whatever else the machine was doing, and (cores ÷ cost) the most this machine could reach.
 */
final class CpuTime {

    private final long pid;
    private final Ticks start;

    private CpuTime(long pid, Ticks start) {
        this.pid = pid;
        this.start = start;
    }

    static CpuTime start(long servicePid) {
        return new CpuTime(servicePid, Ticks.now(servicePid));
    }

    /** The CPU seconds since {@link #start}. */
    Spent spent() {
        Ticks now = Ticks.now(pid);
        return new Spent(seconds(now.machine - start.machine), seconds(now.service - start.service),
                seconds(now.postgres - start.postgres), seconds(now.kafka - start.kafka), seconds(now.self - start.self));
    }

    private static double seconds(long ticks) {
        return ticks / CpuTicks.PER_SECOND;
    }

    record Spent(double machineSeconds, double serviceSeconds, double postgresSeconds, double kafkaSeconds, double benchmarkSeconds) {
    }

    private record Ticks(long machine, long service, long postgres, long kafka, long self) {

        static Ticks now(long servicePid) {
            long postgres = 0;
            long kafka = 0;
            try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
                for (Path dir : (Iterable<Path>) processes.filter(p -> p.getFileName().toString().matches("\\d+"))::iterator) {
                    long pid = Long.parseLong(dir.getFileName().toString());
                    String stat = read(dir.resolve("stat"));
                    if (stat.contains("(postgres)")) {
                        postgres += CpuTicks.ofProcess(pid) + childrenTicks(stat);
                    } else if (stat.contains("(java)") && read(dir.resolve("cmdline")).contains("kafka.Kafka")) {
                        kafka += CpuTicks.ofProcess(pid);
                    }
                }
            } catch (IOException e) {
                // /proc unreadable: the breakdown shows zeros, the machine's figure stays
            }
            return new Ticks(CpuTicks.machineBusy(), CpuTicks.ofProcess(servicePid), postgres, kafka,
                    CpuTicks.ofProcess(ProcessHandle.current().pid()));
        }

        /** cutime + cstime: what a process collected from its ended children (the postmaster from its backends). */
        private static long childrenTicks(String stat) {
            String[] rest = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            try {
                return Long.parseLong(rest[13]) + Long.parseLong(rest[14]);
            } catch (RuntimeException e) {
                return 0;
            }
        }

        private static String read(Path file) {
            try {
                return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            } catch (IOException e) {
                return ""; // the process ended meanwhile
            }
        }
    }
}
