package se.styrplan.devstack.run;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import se.styrplan.devstack.DevstackException;
import se.styrplan.devstack.process.ManagedProcess;
import se.styrplan.devstack.process.Ports;
import se.styrplan.devstack.process.Waits;

/**
 * One packaged service ({@code <module>/target/quarkus-app/quarkus-run.jar}) run as a guarded child process, the way
 * the run command's launcher does it: under the devstack's guard script, so it dies with its owner even when the owner
 * is killed outright. It can be stopped, or killed with SIGKILL, and started again on the same port with the same
 * settings (the end-to-end outage test and the fault runs do).
 */
public final class ServiceProcess {

    /** The JVM settings of the end-to-end suites: the run command's, with C1 only (quicker start, less CPU). */
    public static final List<String> QUICK_START_JVM = List.of("-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-XX:+ExitOnOutOfMemoryError");
    /**
     * The run command's JVM settings: a small heap kept close to what is live (free ratios 20–40 % instead of 40–70 %),
     * and freed native memory handed back to the system every 5 s (the JIT compilers' scratch space would otherwise
     * stay resident), so that a service stays within the footprint bar of 300 MB under load.
     */
    public static final List<String> RUN_COMMAND_JVM = List.of("-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:MinHeapFreeRatio=20",
            "-XX:MaxHeapFreeRatio=40", "-XX:TrimNativeHeapInterval=5000", "-XX:+ExitOnOutOfMemoryError");

    /**
     * The run command's JVM settings for one service: {@link #RUN_COMMAND_JVM}, and for plan-service C1 only. Its hot
     * reads are served from ready bytes (the adopted tree) or are light, so C2's faster code buys it little, while C2's
     * profiles, second copy of the code and compile-time scratch memory cost it 40–70 MB: under the read benchmark's
     * load it peaked at 311–320 MB RSS with C2 (bar: 300 MB) and 254–273 MB with C1, the plan tree's p99 at 1 000 req/s
     * 5.7–13.2 ms (bar: 15 ms; docs/benchmarks.md). The gateway and indicator-service keep C2: their per-request CPU is
     * what holds the read bars.
     */
    public static List<String> runCommandJvm(String service) {
        if (!service.equals("plan-service")) {
            return RUN_COMMAND_JVM;
        }
        List<String> options = new ArrayList<>(RUN_COMMAND_JVM);
        options.add(options.indexOf("-XX:+ExitOnOutOfMemoryError"), "-XX:TieredStopAtLevel=1");
        return List.copyOf(options);
    }

    /**
     * The run command's environment for a service's JVM: glibc's malloc keeps an arena per thread that allocates
     * (up to 8 per core), which holds tens of MB of freed native memory (the JIT compilers' scratch space among it);
     * two arenas keep the resident size under the footprint bar at no measurable cost in speed.
     */
    public static final Map<String, String> RUN_COMMAND_ENV = Map.of("MALLOC_ARENA_MAX", "2");

    /** Environment variable: JVM options for every service of the run command, after its own (so they win). */
    public static final String EXTRA_JVM_OPTIONS = "STYRPLAN_SERVICE_JVM_OPTIONS";

    /**
     * The options {@link #EXTRA_JVM_OPTIONS} names in {@code env}, then those of {@code STYRPLAN_<SERVICE>_JVM_OPTIONS}
     * for this one service (e.g. {@code STYRPLAN_PLAN_SERVICE_JVM_OPTIONS}), split at whitespace; none when unset.
     */
    public static List<String> extraJvmOptions(Map<String, String> env, String service) {
        List<String> options = new ArrayList<>(split(env.get(EXTRA_JVM_OPTIONS)));
        options.addAll(split(env.get("STYRPLAN_" + service.toUpperCase(Locale.ROOT).replace('-', '_') + "_JVM_OPTIONS")));
        return options;
    }

    private static List<String> split(String options) {
        return options == null || options.isBlank() ? List.of() : List.of(options.trim().split("\\s+"));
    }

    /** The environment variable of a service's management port (Quarkus's management interface), where it has one. */
    public static final String MANAGEMENT_PORT = "MANAGEMENT_PORT";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    private final String name;
    private final int port;
    private final Path packaged;
    private final Path copy;
    private final Path workDir;
    private final Map<String, String> env;
    private final List<String> jvmOptions;
    private final Path log;
    private final long owner;
    private final Path guard;
    private volatile ManagedProcess process;
    private boolean copied;

    /**
     * @param name   the module's folder name under {@code root} (plan-service, …), also the log's name
     * @param env    the service's environment; {@code HTTP_PORT} is set to {@code port}
     * @param work   where its log ({@code logs/<name>.log}) and its copy of the application ({@code apps/<name>}) go
     * @param owner  the process whose end stops this one
     * @param guard  the devstack's guard script ({@link ManagedProcess#installGuard})
     */
    public ServiceProcess(String name, Path root, int port, Map<String, String> env, List<String> jvmOptions, Path work, long owner,
            Path guard) {
        this(name, root.resolve(name), port, env, jvmOptions, work.resolve("logs").resolve(name + ".log"),
                work.resolve("apps").resolve(name), owner, guard);
    }

    private ServiceProcess(String name, Path workDir, int port, Map<String, String> env, List<String> jvmOptions, Path log, Path copy,
            long owner, Path guard) {
        this.name = name;
        this.port = port;
        this.workDir = workDir;
        this.packaged = workDir.resolve("target/quarkus-app");
        this.copy = copy;
        Map<String, String> own = new HashMap<>(RUN_COMMAND_ENV);
        own.putAll(env);
        own.put("HTTP_PORT", Integer.toString(port));
        this.env = Map.copyOf(own);
        this.jvmOptions = List.copyOf(jvmOptions);
        this.log = log;
        this.owner = owner;
        this.guard = guard;
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public Path log() {
        return log;
    }

    /**
     * Starts the service and waits until its readiness check passes. The first start runs a copy of the packaged
     * application, so that a rebuild of the module meanwhile cannot pull jars from under it (and a restart runs the
     * same code).
     */
    public void start() {
        if (!copied) {
            if (!Files.exists(packaged.resolve("quarkus-run.jar"))) {
                throw new DevstackException(packaged.resolve("quarkus-run.jar") + " is missing: package the services first "
                        + "(mvn -pl plan-service,indicator-service,reporting-service,gateway package -DskipTests).");
            }
            copyTree(packaged, copy);
            copied = true;
        }
        process = ManagedProcess.start(name, command(jvmOptions), workDir, env, log, owner, "TERM", guard);
        Waits.until(name + " on port " + port, READY_TIMEOUT, process, this::isReady);
    }

    /**
     * Runs the same packaged application once more with some settings changed, and waits until it exits by itself:
     * its log, or null when it was still running after the timeout (then it is stopped).
     */
    public String runExpectingExit(String label, Map<String, String> overrides, Duration timeout) {
        Map<String, String> changed = new HashMap<>(env);
        changed.putAll(overrides);
        ServiceProcess variant = new ServiceProcess(name, workDir, Ports.free(), changed, jvmOptions,
                log.resolveSibling(name + "-" + label + ".log"), copy, owner, guard);
        List<String> withoutOomExit = variant.jvmOptions.stream().filter(o -> !o.equals("-XX:+ExitOnOutOfMemoryError")).toList();
        ManagedProcess running = ManagedProcess.start(name + "-" + label, variant.command(withoutOomExit), workDir, variant.env,
                variant.log, owner, "TERM", guard);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (running.isAlive() && System.nanoTime() < deadline) {
            Waits.sleep(Duration.ofMillis(200));
        }
        boolean exited = !running.isAlive();
        running.stop(Duration.ofSeconds(10));
        try {
            return exited ? Files.readString(variant.log) : null;
        } catch (IOException e) {
            throw new DevstackException("Could not read " + variant.log + ": " + e.getMessage(), e);
        }
    }

    /** Stops the service (TERM through its guard; killed if it takes longer than the timeout). */
    public void stop() {
        ManagedProcess running = process;
        if (running != null) {
            running.stop(Duration.ofSeconds(20));
            process = null;
        }
    }

    /** Kills the service outright (SIGKILL: no shutdown hooks, open transactions cut off), as a crash would. */
    public void kill() {
        ManagedProcess running = process;
        if (running != null) {
            running.kill(Duration.ofSeconds(20));
            process = null;
        }
    }

    public boolean isAlive() {
        ManagedProcess running = process;
        return running != null && running.isAlive();
    }

    /** The service JVM's own pid (not its guard's), for reading its footprint; -1 when it is not running. */
    public long jvmPid() {
        ManagedProcess running = process;
        if (running == null) {
            return -1;
        }
        return ProcessHandle.of(running.pid()).flatMap(g -> g.children().filter(c -> c.info().command().orElse("").endsWith("java"))
                .findFirst()).map(ProcessHandle::pid).orElse(-1L);
    }

    /**
     * Where its readiness probe answers: the management port when the service has one ({@code MANAGEMENT_PORT}, the
     * gateway: health and metrics off its public port), else its own port.
     */
    public String readinessUrl() {
        String management = env.get(MANAGEMENT_PORT);
        return (management == null ? url() : "http://localhost:" + management) + "/q/health/ready";
    }

    public boolean isReady() {
        return answersReady(readinessUrl());
    }

    /** Whether a readiness probe answers 200 now (the run command's launcher asks it too). */
    static boolean answersReady(String readinessUrl) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(readinessUrl))
                    .timeout(Duration.ofSeconds(2)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private List<String> command(List<String> options) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(List.of("-jar", copy.resolve("quarkus-run.jar").toString()));
        return command;
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            deleteTree(to);
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new DevstackException("Could not copy " + from + " (is the module being rebuilt?): " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
