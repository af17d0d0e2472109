package se.styrplan.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import se.styrplan.devstack.DevstackException;
import se.styrplan.devstack.process.ManagedProcess;
import se.styrplan.devstack.process.Waits;

/**
 * One packaged service ({@code <module>/target/quarkus-app/quarkus-run.jar}) run as a guarded child process, the
 * way the run command's launcher does it: under the devstack's guard script, so it dies with its owner even when
 * the owner is killed outright. Can be stopped and started again on the same port (the outage test does).
 */
final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    final String name;
    final int port;
    private final Path packaged;
    private final Path copy;
    private final Path workDir;
    private final Map<String, String> env;
    private final Path log;
    private final long owner;
    private final Path guard;
    private volatile ManagedProcess process;
    private boolean copied;

    ServiceProcess(String name, Path root, int port, Map<String, String> env, Path logs, long owner, Path guard) {
        this(name, root, port, env, logs.resolve(name + ".log"), logs.getParent().resolve("apps").resolve(name), owner, guard);
    }

    private ServiceProcess(String name, Path root, int port, Map<String, String> env, Path log, Path copy, long owner, Path guard) {
        this.name = name;
        this.port = port;
        this.workDir = root.resolve(name);
        this.packaged = workDir.resolve("target/quarkus-app");
        this.copy = copy;
        this.env = Map.copyOf(env);
        this.log = log;
        this.owner = owner;
        this.guard = guard;
    }

    String url() {
        return "http://localhost:" + port;
    }

    /**
     * Starts the service and waits until its readiness check passes. The first start runs a copy of the packaged
     * application, so that a rebuild of the module during the tests cannot pull jars from under it (and a restart
     * runs the same code).
     */
    void start() {
        if (!copied) {
            if (!Files.exists(packaged.resolve("quarkus-run.jar"))) {
                throw new DevstackException(packaged.resolve("quarkus-run.jar") + " is missing: package the services first "
                        + "(mvn -pl plan-service,indicator-service,reporting-service,gateway package -DskipTests).");
            }
            copyTree(packaged, copy);
            copied = true;
        }
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError",
                "-jar", copy.resolve("quarkus-run.jar").toString());
        process = ManagedProcess.start(name, command, workDir, env, log, owner, "TERM", guard);
        Waits.until(name + " on port " + port, Duration.ofSeconds(180), process, this::isReady);
    }

    /**
     * Runs the same packaged application once more with some settings changed, and waits until it exits by itself:
     * its log, or null when it was still running after the timeout (then it is stopped).
     */
    String runExpectingExit(String label, Map<String, String> overrides, Duration timeout) {
        Map<String, String> changed = new java.util.HashMap<>(env);
        changed.putAll(overrides);
        ServiceProcess variant = new ServiceProcess(name, workDir.getParent(), se.styrplan.devstack.process.Ports.free(),
                changed, log.resolveSibling(name + "-" + label + ".log"), copy, owner, guard);
        changed.put("HTTP_PORT", Integer.toString(variant.port));
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", copy.resolve("quarkus-run.jar").toString());
        ManagedProcess running = ManagedProcess.start(name + "-" + label, command, workDir, changed, variant.log, owner, "TERM", guard);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (running.isAlive() && System.nanoTime() < deadline) {
            Waits.sleep(Duration.ofMillis(200));
        }
        boolean exited = !running.isAlive();
        running.stop(Duration.ofSeconds(10));
        try {
            return exited ? Files.readString(variant.log) : null;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops the service (TERM through its guard; killed if it takes longer than the timeout). */
    void stop() {
        ManagedProcess running = process;
        if (running != null) {
            running.stop(Duration.ofSeconds(20));
            process = null;
        }
    }

    boolean isAlive() {
        ManagedProcess running = process;
        return running != null && running.isAlive();
    }

    Path log() {
        return log;
    }

    private static void copyTree(Path from, Path to) {
        try (java.util.stream.Stream<Path> walk = Files.walk(from)) {
            deleteTree(to);
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new DevstackException("Could not copy " + from + " (is the module being rebuilt?): " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (Files.exists(path)) {
            try (java.util.stream.Stream<Path> walk = Files.walk(path)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private boolean isReady() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
