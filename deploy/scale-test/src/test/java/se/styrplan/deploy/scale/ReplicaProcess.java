package se.styrplan.deploy.scale;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One replica of a packaged Quarkus service ({@code quarkus-app/quarkus-run.jar}) as its own OS process, configured
 * the way production configures it: environment variables (and system properties for the settings that have none).
 */
final class ReplicaProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    /** Where its probes answer: the management port where it has one (the gateway), else its own. */
    private final int healthPort;
    private final Process process;

    private ReplicaProcess(String name, int port, int healthPort, Process process) {
        this.name = name;
        this.port = port;
        this.healthPort = healthPort;
        this.process = process;
    }

    static ReplicaProcess start(String name, Path app, int port, Map<String, String> environment, List<String> systemProperties,
            Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // small and quick: two replicas, a broker, a database and Keycloak share two cores
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        command.addAll(systemProperties);
        command.addAll(List.of("-jar", app.resolve("quarkus-run.jar").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(app.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("HTTP_PORT", String.valueOf(port));
        String management = environment.get("MANAGEMENT_PORT");
        return new ReplicaProcess(name, port, management == null ? port : Integer.parseInt(management), builder.start());
    }

    /** Waits until /q/health/ready answers 200 (database, Kafka and the consumers up). */
    void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + " before it was ready (see its log)");
            }
            if (healthStatus() == 200) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(name + " not ready within " + timeout.toSeconds() + " s (see its log)");
    }

    /**
     * The sum of a Prometheus counter's samples whose labels contain {@code labels}, e.g. outcome="applied"; 0 before
     * the counter's first increment (Micrometer creates it then).
     */
    double counter(String metric, String labels) {
        String body = get("/q/metrics");
        double sum = 0;
        // a sample may end with an OpenMetrics exemplar ("# {trace_id=...} 1.0 ...") when tracing is on
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(metric) + "\\{([^}]*)\\} ([0-9.Ee+-]+)(?: .*)?$").matcher(body);
        while (m.find()) {
            if (m.group(1).contains(labels)) {
                sum += Double.parseDouble(m.group(2));
            }
        }
        return sum;
    }

    /** The process's peak resident set so far (VmHWM), in MB: the figure the Kubernetes memory limits rest on. */
    long peakRssMegabytes() {
        try {
            for (String line : java.nio.file.Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException e) {
            // not Linux, or the process is gone
        }
        return -1;
    }

    /** kill -9: no shutdown hook, no offset commit, no leaving the consumer group. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    private int healthStatus() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + healthPort + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(5)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private String get(String path) {
        try {
            return HTTP.send(request(path), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new AssertionError(name + ": " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(5)).build();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
