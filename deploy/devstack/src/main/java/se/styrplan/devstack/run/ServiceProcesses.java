package se.styrplan.devstack.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.styrplan.devstack.DevstackException;
import se.styrplan.devstack.Stack;
import se.styrplan.devstack.process.ManagedProcess;
import se.styrplan.devstack.process.Waits;

/** Starts a service's packaged Quarkus application against the stack and waits until it is ready. */
final class ServiceProcesses {

    private final Path root;
    private final Stack stack;
    private final Path guard;

    ServiceProcesses(Path root, Stack stack, Path guard) {
        this.root = root;
        this.stack = stack;
        this.guard = guard;
    }

    /** A started service and how long it took to answer ready, from spawning its JVM. */
    record Started(ManagedProcess process, double readySeconds, boolean archiveUsed) {
    }

    Started start(ServiceSpec service, long owner) {
        Path jar = root.resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new DevstackException(jar + " is missing: build first (deploy/run.sh does, or `mvn -DskipTests package`).");
        }
        stack.postgres().ensureDatabase(service.database(), service.database(), service.database());
        Map<String, String> env = new HashMap<>();
        env.put("HTTP_PORT", Integer.toString(service.port()));
        if (service.managementPort() != 0) {
            env.put(ServiceProcess.MANAGEMENT_PORT, Integer.toString(service.managementPort()));
        }
        env.put("DB_URL", stack.postgres().jdbcUrl(service.database()));
        env.put("DB_USER", service.database());
        env.put("DB_PASSWORD", service.database());
        env.put("KAFKA_BOOTSTRAP_SERVERS", stack.kafka().bootstrapServers());
        env.put("OIDC_SERVER_URL", stack.keycloak().realmUrl());
        // a local installation shows synthetic demo values (marked as such) until real ones are imported
        env.put("STYRPLAN_DEMO_VALUES_ENABLED", "true");
        ServiceSpec.ALL.forEach(other -> env.put(other.name().toUpperCase().replace('-', '_') + "_URL", other.url()));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(ServiceProcess.runCommandJvm(service.name()));
        command.addAll(ServiceProcess.extraJvmOptions(System.getenv(), service.name()));
        ClassDataArchive archive = ClassDataArchive.of(stack.dir(), service.name(), jar);
        boolean archiveUsed = archive.usable();
        command.addAll(archive.jvmOptions());
        command.addAll(List.of("-jar", jar.toString()));
        env.putAll(ServiceProcess.RUN_COMMAND_ENV);
        Path log = stack.dir().resolve("logs").resolve(service.name() + ".log");
        long spawned = System.nanoTime();
        ManagedProcess process = ManagedProcess.start(service.name(), command, root.resolve(service.module()), env, log,
                owner, "TERM", ClassDataArchive.STOP_GRACE, guard);
        Waits.until(service.name() + " on port " + service.port(), Duration.ofSeconds(120), process,
                () -> ServiceProcess.answersReady(service.readinessUrl()), Duration.ofMillis(50));
        return new Started(process, (System.nanoTime() - spawned) / 1e9, archiveUsed);
    }
}
