package se.styrplan.indicator.bench;

import se.styrplan.devstack.process.CpuTicks;

/**
 * CPU time spent during a phase of the benchmark, from Linux's /proc: the whole machine's busy time and the service's
 * own. On a quiet machine the busy time is the stack's, so CPU seconds per million values say what the phase costs
 * whatever else the machine was doing, and (cores ÷ cost) the most this machine could reach.
 */
final class CpuTime {

    private final long pid;
    private final long machineBusy;
    private final long serviceTicks;

    private CpuTime(long pid, long machineBusy, long serviceTicks) {
        this.pid = pid;
        this.machineBusy = machineBusy;
        this.serviceTicks = serviceTicks;
    }

    static CpuTime start(long servicePid) {
        return new CpuTime(servicePid, CpuTicks.machineBusy(), CpuTicks.ofProcess(servicePid));
    }

    /** The CPU seconds since {@link #start}: the machine's (all processes) and the service's. */
    Spent spent() {
        return new Spent((CpuTicks.machineBusy() - machineBusy) / CpuTicks.PER_SECOND,
                (CpuTicks.ofProcess(pid) - serviceTicks) / CpuTicks.PER_SECOND);
    }

    record Spent(double machineSeconds, double serviceSeconds) {
    }
}
