package se.styrplan.bench.read;

import java.util.HashMap;
import java.util.Map;

import se.styrplan.devstack.process.CpuTicks;

/**
 * CPU time from Linux's /proc, to say what one request costs whatever the machine's load: the whole machine's busy
 * time (all but idle and iowait in /proc/stat) and each service's process ({@code utime + stime}), in clock ticks
 * of 10 ms (USER_HZ 100).
 */
record CpuUse(long machineTicks, Map<String, Long> serviceTicks) {

    /** The load generator itself: this process. */
    static final String CLIENT = "client";

    private static final double MS_PER_TICK = 1000 / CpuTicks.PER_SECOND;

    static CpuUse now(Map<String, Footprint> services) {
        Map<String, Long> ticks = new HashMap<>();
        services.forEach((name, footprint) -> ticks.put(name, CpuTicks.ofProcess(footprint.pid())));
        ticks.put(CLIENT, CpuTicks.ofProcess(ProcessHandle.current().pid()));
        return new CpuUse(CpuTicks.machineBusy(), ticks);
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
}
