package se.styrplan.devstack.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

import se.styrplan.devstack.DevstackException;
import se.styrplan.devstack.Stack;
import se.styrplan.devstack.StackPorts;
import se.styrplan.devstack.process.ManagedProcess;
import se.styrplan.devstack.process.Ports;
import se.styrplan.devstack.seed.SeedLoader;

/**
 * The run command ({@code deploy/run.sh}): PostgreSQL, Kafka and Keycloak, then the four services, with data
 * kept in {@code .devstack/} between runs. Ctrl-C stops everything in order; if this process is killed
 * outright, every component's guard stops it within a second.
 */
public final class Launcher {

    /** Where, under the state folder's logs, each service's time to ready is written. */
    public static final String READY_TIMES = "ready-times.properties";

    private final Path root;
    private final Path dir;
    private final List<ManagedProcess> services = Collections.synchronizedList(new ArrayList<>());
    private volatile Stack stack;

    private Launcher(Path root) {
        this.root = root;
        this.dir = root.resolve(".devstack");
    }

    public static void main(String[] args) {
        Path root = Path.of(args.length > 0 ? args[0] : "").toAbsolutePath().normalize();
        Launcher launcher = new Launcher(root);
        try {
            launcher.run();
        } catch (DevstackException e) {
            System.err.println("styrplan: " + e.getMessage());
            launcher.stop();
            System.exit(1);
        }
    }

    private void run() {
        long started = System.nanoTime();
        long owner = ProcessHandle.current().pid();
        refuseIfRunning();
        StackPorts ports = StackPorts.local();
        ServiceSpec.ALL.forEach(s -> Ports.requireFree(s.port(), s.name()));
        writePid(owner);
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "styrplan-stop"));

        System.out.println("Starting PostgreSQL, Kafka and Keycloak (logs in " + root.relativize(dir.resolve("logs")) + "/) ...");
        stack = Stack.start(dir, ports, owner, true, root.resolve("deploy/keycloak/styrplan-realm.json"));
        System.out.printf("  components ready after %.1f s%n", seconds(started));

        // one after the other: start-up is CPU-bound, so four at once on two cores finish no sooner, and each
        // service's own time to ready (the footprint bar: 5 s) is only seen when it has the machine to itself
        System.out.println("Starting the services ...");
        ServiceProcesses processes = new ServiceProcesses(root, stack, dir.resolve("guard.sh"));
        Properties readyTimes = new Properties();
        for (ServiceSpec service : ServiceSpec.ALL) {
            ServiceProcesses.Started up = processes.start(service, owner);
            services.add(up.process());
            readyTimes.setProperty(service.name(), String.format(Locale.ROOT, "%.2f", up.readySeconds()));
            System.out.printf("  %-18s ready after %.1f s%s%n", service.name(), up.readySeconds(),
                    up.archiveUsed() ? "" : " (recording its class-data archive for the next start)");
        }
        writeReadyTimes(readyTimes);
        System.out.println("Loading the seed data ...");
        String seeded = new SeedLoader(root.resolve("deploy/seed"), stack.keycloak().realmUrl(),
                ServiceSpec.ALL.get(0).url(), ServiceSpec.ALL.get(1).url()).load();
        System.out.println("  " + seeded);
        printWelcome(seconds(started));
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void refuseIfRunning() {
        Path pid = dir.resolve("launcher.pid");
        try {
            if (Files.exists(pid)) {
                long other = Long.parseLong(Files.readString(pid).trim());
                if (other != ProcessHandle.current().pid() && ProcessHandle.of(other).map(ProcessHandle::isAlive).orElse(false)) {
                    throw new DevstackException("Styrplan is already running (pid " + other + "). "
                            + "Stop it with Ctrl-C in its terminal, or `kill " + other + "`.");
                }
            }
        } catch (IOException | NumberFormatException e) {
            // an unreadable pid file is a stale one
        }
        if (Stack.find(dir).isPresent()) {
            throw new DevstackException("Styrplan's components from an earlier run are still up (see " + dir.resolve("stack.properties")
                    + "); they stop by themselves within seconds of their launcher ending. Try again shortly.");
        }
    }

    /** Each service's time to ready, for the read benchmark's footprint table. */
    private void writeReadyTimes(Properties readyTimes) {
        try (var out = Files.newBufferedWriter(dir.resolve("logs").resolve(READY_TIMES))) {
            readyTimes.store(out, "seconds from spawning each service's JVM until its readiness probe answered 200");
        } catch (IOException e) {
            throw new DevstackException("Could not write " + READY_TIMES + ": " + e.getMessage(), e);
        }
    }

    private void writePid(long pid) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("launcher.pid"), Long.toString(pid));
        } catch (IOException e) {
            throw new DevstackException("Could not write " + dir.resolve("launcher.pid") + ": " + e.getMessage(), e);
        }
    }

    /** Services first (they hold connections), then Keycloak, Kafka and PostgreSQL. */
    private synchronized void stop() {
        if (services.isEmpty() && stack == null) {
            return;
        }
        System.out.println();
        System.out.println("Stopping Styrplan ...");
        List<CompletableFuture<Void>> stops = new ArrayList<>();
        synchronized (services) {
            // a service writing its class-data archive at exit takes longer than a plain stop
            services.forEach(s -> stops.add(CompletableFuture.runAsync(() -> s.stop(ClassDataArchive.STOP_GRACE.plusSeconds(5)))));
            services.clear();
        }
        stops.forEach(CompletableFuture::join);
        if (stack != null) {
            stack.stop();
            stack = null;
        }
        try {
            Files.deleteIfExists(dir.resolve("launcher.pid"));
        } catch (IOException ignored) {
            // stale pid files are recognised as stale
        }
        System.out.println("Stopped.");
    }

    private void printWelcome(double seconds) {
        String kc = stack.keycloak().url();
        System.out.printf("%nStyrplan is running (ready after %.1f s).%n%n", seconds);
        System.out.println("  Web UI and API gateway   http://localhost:8080   (the plan, proposals, indicators, follow-up; Logga in)");
        System.out.println("  One OpenAPI for all      http://localhost:8080/api/openapi.json, Swagger UI at /q/swagger-ui");
        System.out.println("  Open data (DCAT-AP-SE)   http://localhost:8080/open-data/catalog.jsonld");
        ServiceSpec.ALL.stream().filter(s -> !s.name().equals("gateway")).forEach(s ->
                System.out.printf("    %-22s %s/q/swagger-ui%n", s.name(), s.url()));
        System.out.println("  Keycloak admin console   " + kc + "/admin   (admin / admin)");
        System.out.println();
        System.out.println("  Demo logins (local only; password = <user>-demo):");
        System.out.println("    anna    admin");
        System.out.println("    petra   planner (Kommunledningskontoret)");
        System.out.println("    erik    editor (Miljöförvaltningen)");
        System.out.println("    karin   editor (Arbetsmarknads- och socialförvaltningen)");
        System.out.println("    victor  viewer");
        System.out.println("    bo      party group Blågröna styret;  sara  party group Socialdemokraterna");
        System.out.println();
        System.out.println("  Logs: " + root.relativize(dir.resolve("logs")) + "/    Press Ctrl-C to stop.");
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
