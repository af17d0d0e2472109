package se.styrplan.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine the run ran on, as the report states it. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu() + "), " + memoryGiB() + " GiB RAM, " + os() + ", "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + "; load average " + loadAverage();
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String cpu() {
        return grep(Path.of("/proc/cpuinfo"), "model name", ":").orElse(System.getProperty("os.arch"));
    }

    private static long memoryGiB() {
        return grep(Path.of("/proc/meminfo"), "MemTotal:", ":").map(v -> Long.parseLong(v.replaceAll("\\D", "")) / 1024 / 1024).orElse(0L);
    }

    private static String os() {
        return grep(Path.of("/etc/os-release"), "PRETTY_NAME=", "=").map(v -> v.replace("\"", "")).orElse(System.getProperty("os.name"));
    }

    private static java.util.Optional<String> grep(Path file, String prefix, String separator) {
        try {
            return Files.readAllLines(file).stream().filter(l -> l.startsWith(prefix)).findFirst()
                    .map(l -> l.substring(l.indexOf(separator) + 1).trim());
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }
}
