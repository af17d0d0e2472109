package se.styrplan.bench.read;

import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;

import se.styrplan.devstack.run.Launcher;

/**
 * The read benchmark (DESIGN.md, "How good is good enough"): through the gateway, with real tokens, at fixed request
 * rates, latencies corrected for coordinated omission; then, per request, the highest rate that keeps p99 within the
 * bar; and each service's footprint idle and after the load. Ends with PASS or FAIL (exit code 1).
 * Needs the platform running (deploy/run.sh). Settings as system properties, see {@link #setting}.
 */
public final class ReadLoadBenchmark {

    static final double P99_BAR_MS = 15.0;
    static final int BAR_RATE = 1000;
    static final long RSS_BAR_MB = 300;
    static final double READY_BAR_S = 5.0;

    public static void main(String[] args) throws Exception {
        String gateway = setting("gateway", "http://localhost:8080");
        String realm = setting("realm", "http://localhost:8180/realms/styrplan");
        int[] rates = Arrays.stream(setting("rates", "200,500,1000").split(",")).mapToInt(Integer::parseInt).toArray();
        int searchUpTo = Integer.parseInt(setting("search-up-to", "3000"));
        Duration warmup = Duration.ofSeconds(Long.parseLong(setting("warmup-seconds", "3")));
        Duration duration = Duration.ofSeconds(Long.parseLong(setting("seconds", "10")));
        Path logs = Path.of(setting("logs", ".devstack/logs"));

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4)).build();
        System.out.println("== Styrplan read benchmark ==");
        System.out.printf("machine: %d cores, %s %s, load average before: %.2f%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("gateway %s, %d s warm-up + %d s measured per step, open loop (latency from each request's due time)%n",
                gateway, warmup.toSeconds(), duration.toSeconds());

        Map<String, Footprint> idle = footprints(logs);
        Targets targets = Targets.discover(client, gateway, realm, setting("client", "styrplan-integration"),
                setting("secret", "integration-local-secret"));
        Map<String, HttpRequest> requests = targets.requests(setting("static-path", "/"));
        // a subset of the requests, by the start of their names with - for spaces (plan-tree,static): a quick look at some
        // paths; the verdict needs all
        List<String> only = Arrays.stream(setting("only", "").split(",")).map(String::strip).filter(n -> !n.isEmpty()).toList();
        VertxSender sender = new VertxSender();
        OpenLoop loop = new OpenLoop(sender);
        List<OpenLoop.Result> results = new ArrayList<>();
        Map<String, Integer> highest = new LinkedHashMap<>();

        System.out.printf("%n%-22s %6s %9s %9s %9s %9s %9s %7s %27s%n", "request", "rate/s", "achieved", "p50 ms", "p99 ms", "p99.9 ms",
                "max ms", "errors", "CPU ms/req: all client gw svc");
        Recovery recovery = new Recovery(client, Duration.ofSeconds(Long.parseLong(setting("recovery-seconds", "60"))));
        // the JIT compiles the paths of all four processes first: without this, the first request measured pays for it
        // 4 000 requests each: C2 compiles a method after some thousands of calls, 1 000 left the first step paying for it
        long warmAll = Long.parseLong(setting("jit-warmup-seconds", "20"));
        RssUnderLoad rss = new RssUnderLoad(idle);
        if (warmAll > 0) {
            System.out.printf("JIT warm-up: each request at 200/s for %d s, unrecorded%n", warmAll);
            for (Map.Entry<String, HttpRequest> request : requests.entrySet()) {
                loop.run(request.getKey(), targets.withFreshToken(request.getValue()), 200, Duration.ZERO, Duration.ofSeconds(warmAll));
            }
        }
        for (Map.Entry<String, HttpRequest> named : requests.entrySet()) {
            if (!only.isEmpty() && only.stream().noneMatch(named.getKey().replace(' ', '-')::startsWith)) {
                continue;
            }
            Map.Entry<String, HttpRequest> request = Map.entry(named.getKey(), targets.withFreshToken(named.getValue()));
            int best = 0;
            for (int rate : rates) {
                // each step starts from a platform that answers: an overloaded step can leave the gateway's circuit to
                // a service open, and the next step would measure the breaker instead of the service
                recovery.await(request.getKey(), request.getValue());
                CpuUse before = CpuUse.now(idle);
                OpenLoop.Result result = loop.run(request.getKey(), request.getValue(), rate, warmup, duration);
                print(result, cpu(before, CpuUse.now(idle), request.getKey(), rate * (warmup.toSeconds() + duration.toSeconds())));
                results.add(result);
                best = passes(result) ? Math.max(best, rate) : best;
                if (overloaded(result)) {
                    System.out.printf("%-22s higher rates skipped: %d req/s overloaded it already%n", request.getKey(), rate);
                    break;
                }
            }
            // on upwards from the last fixed rate while p99 holds the bar
            for (int rate = rates[rates.length - 1] + 500; rate <= searchUpTo && best == rate - 500; rate += 500) {
                recovery.await(request.getKey(), request.getValue());
                CpuUse before = CpuUse.now(idle);
                OpenLoop.Result result = loop.run(request.getKey(), request.getValue(), rate, warmup, duration);
                print(result, cpu(before, CpuUse.now(idle), request.getKey(), rate * (warmup.toSeconds() + duration.toSeconds())));
                best = passes(result) ? rate : best;
            }
            highest.put(request.getKey(), best);
        }

        rss.close();
        Map<String, Footprint> loaded = footprints(logs);
        System.out.printf("%nhighest rate with p99 <= %.0f ms (steps of the list above, then +500 up to %d):%n", P99_BAR_MS, searchUpTo);
        highest.forEach((name, rate) -> System.out.printf("  %-22s %s%n", name, rate == 0 ? "none of the rates" : rate + " req/s"));
        System.out.printf("%n%-18s %8s %12s %14s %13s %12s%n", "service", "pid", "RSS idle MB", "under load MB", "RSS after MB",
                "VmHWM MB");
        for (String service : Footprint.SERVICES) {
            Footprint before = idle.get(service);
            Footprint after = loaded.get(service);
            System.out.printf("%-18s %8s %12s %14s %13s %12s   ready after %s%n", service, after == null ? "-" : after.pid(),
                    before == null ? "-" : before.rssMb(), rss.highestMb(service), after == null ? "-" : after.rssMb(),
                    after == null ? "-" : after.peakRssMb(),
                    after == null || after.readySeconds().isEmpty() ? "?" : after.readySeconds().getAsDouble() + " s (the run command's)");
        }
        System.out.printf("load average after: %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        List<String> failures = verdict(results, loaded, rss);
        if (failures.isEmpty()) {
            System.out.println("PASS");
        } else {
            failures.forEach(f -> System.out.println("FAIL: " + f));
        }
        System.exit(failures.isEmpty() ? 0 : 1);
    }

    /** Errors, or latencies that can only come from queueing: a higher rate would only overload it more. */
    static boolean overloaded(OpenLoop.Result result) {
        return result.errors() > result.sent() / 100 || result.percentileMillis(99) > 1_000;
    }

    static boolean passes(OpenLoop.Result result) {
        return result.errors() == 0 && result.percentileMillis(99) <= P99_BAR_MS && result.achievedRate() >= 0.95 * result.rate();
    }

    /** The bars: plan tree and indicator series within p99 at 1 000 req/s; every service within its RSS and start-up bars. */
    static List<String> verdict(List<OpenLoop.Result> results, Map<String, Footprint> loaded, RssUnderLoad rss) {
        List<String> failures = new ArrayList<>();
        for (String name : List.of("plan tree", "indicator series")) {
            Optional<OpenLoop.Result> atBar = results.stream().filter(r -> r.target().equals(name) && r.rate() == BAR_RATE).findFirst();
            if (atBar.isEmpty()) {
                failures.add(name + " was not run at " + BAR_RATE + " req/s (a lower rate overloaded it, or the rates left it out)");
            } else if (!passes(atBar.get())) {
                failures.add(String.format("%s at %d req/s: p99 %.1f ms, %d errors (bar: p99 <= %.0f ms, no errors)", name, BAR_RATE,
                        atBar.get().percentileMillis(99), atBar.get().errors(), P99_BAR_MS));
            }
        }
        for (String service : Footprint.SERVICES) {
            Footprint footprint = loaded.get(service);
            if (footprint == null) {
                failures.add(service + " is not running");
                continue;
            }
            if (rss.highestMb(service) > RSS_BAR_MB) {
                failures.add(service + " RSS under load " + rss.highestMb(service) + " MB (bar: " + RSS_BAR_MB + " MB)");
            }
            if (footprint.readySeconds().isEmpty()) {
                failures.add(service + ": no time to ready on record (" + Launcher.READY_TIMES + " of the run command)");
            } else if (footprint.readySeconds().getAsDouble() > READY_BAR_S) {
                failures.add(service + " ready after " + footprint.readySeconds().getAsDouble() + " s (bar: " + READY_BAR_S + " s)");
            }
        }
        return failures;
    }

    /**
     * What a request of the step cost in CPU (warm-up included): the whole machine's (this client, the gateway, the
     * service, PostgreSQL, the kernel), the gateway's and the answering service's. On 2 cores, 2 000 / the first is the
     * most requests per second the machine can serve at all.
     */
    private static String cpu(CpuUse before, CpuUse after, String target, long requests) {
        String service = SERVICE_OF.getOrDefault(target, "");
        return String.format(java.util.Locale.ROOT, "%9.2f %6.2f %5.2f %5.2f", after.machineMsPerRequest(before, requests),
                after.serviceMsPerRequest(before, CpuUse.CLIENT, requests),
                after.serviceMsPerRequest(before, "gateway", requests), after.serviceMsPerRequest(before, service, requests));
    }

    /** Which service answers each request behind the gateway (the static file: the gateway itself). */
    private static final Map<String, String> SERVICE_OF = Map.of("plan tree", "plan-service", "one goal", "plan-service",
            "indicator series", "indicator-service", "public plan page", "plan-service", "static file (ceiling)", "gateway");

    private static void print(OpenLoop.Result r, String cpu) {
        System.out.printf("%-22s %6d %9.0f %9.2f %9.2f %9.2f %9.2f %7d %27s%s%n", r.target(), r.rate(), r.achievedRate(), r.percentileMillis(50),
                r.percentileMillis(99), r.percentileMillis(99.9), r.latencies().getMaxValue() / 1000.0, r.errors(), cpu,
                r.errorStatuses().isEmpty() ? "" : "  " + r.errorStatuses() + (r.errorStatuses().containsKey(429)
                        ? " (429: the gateway's rate limits; start the platform with them raised, see read-load.sh)" : "")
                        + (r.firstFailure() == null ? "" : " (0: no answer, the first: " + r.firstFailure() + ")"));
    }

    private static Map<String, Footprint> footprints(Path logs) {
        Map<String, Footprint> footprints = new LinkedHashMap<>();
        for (String service : Footprint.SERVICES) {
            Footprint.of(service, logs).ifPresent(f -> footprints.put(service, f));
        }
        return footprints;
    }

    /** A setting: the system property {@code bench.<name>}, else the default. */
    static String setting(String name, String fallback) {
        return System.getProperty("bench." + name, fallback);
    }

    private ReadLoadBenchmark() {
    }
}
