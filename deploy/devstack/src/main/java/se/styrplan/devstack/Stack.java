package se.styrplan.devstack;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import se.styrplan.devstack.kafka.KafkaBroker;
import se.styrplan.devstack.keycloak.KeycloakServer;
import se.styrplan.devstack.postgres.PostgresServer;
import se.styrplan.devstack.process.ManagedProcess;
import se.styrplan.devstack.process.Ports;

/**
 * PostgreSQL, Kafka and Keycloak running together for one owner process. Its state file lets another JVM
 * (a later module's tests, or tests run while the run command is up) find it and reuse it.
 */
public final class Stack {

    private static final String STATE_FILE = "stack.properties";

    private static final int POSTGRES = 0;
    private static final int KAFKA = 1;

    private final Path dir;
    private final StackPorts ports;
    private final long owner;
    private final boolean durable;
    private final Optional<KafkaBroker.ExtraListener> kafkaExtra;
    /** PostgreSQL, Kafka, Keycloak; a restart puts the new process in its place. */
    private final List<ManagedProcess> processes;

    private Stack(Path dir, StackPorts ports, long owner, boolean durable, Optional<KafkaBroker.ExtraListener> kafkaExtra,
            List<ManagedProcess> processes) {
        this.dir = dir;
        this.ports = ports;
        this.owner = owner;
        this.durable = durable;
        this.kafkaExtra = kafkaExtra;
        this.processes = new ArrayList<>(processes);
    }

    /**
     * Starts the three components in parallel under {@code dir} and waits until each is ready.
     *
     * @param durable false for throwaway test data (PostgreSQL without fsync)
     */
    public static Stack start(Path dir, StackPorts ports, long owner, boolean durable, Path realmFile) {
        return start(dir, ports, owner, durable, realmFile, Optional.empty());
    }

    /** As above, with a second Kafka client listener (the fault runs put a proxy in front of it). */
    public static Stack start(Path dir, StackPorts ports, long owner, boolean durable, Path realmFile,
            Optional<KafkaBroker.ExtraListener> kafkaExtra) {
        ports.requireFree();
        kafkaExtra.ifPresent(e -> Ports.requireFree(e.port(), "Kafka " + e.name() + " listener"));
        Path guard = ManagedProcess.installGuard(dir);
        Path logs = dir.resolve("logs");
        PostgresServer postgres = new PostgresServer(dir.resolve("postgres"), ports.postgres());
        KafkaBroker kafka = new KafkaBroker(dir.resolve("kafka"), ports.kafka(), ports.kafkaController(), kafkaExtra);
        KeycloakServer keycloak = new KeycloakServer(dir.resolve("keycloak"), ports.keycloak(), ports.keycloakManagement());

        List<ManagedProcess> started = new ArrayList<>();
        var pg = CompletableFuture.supplyAsync(() -> register(started, postgres.start(owner, logs.resolve("postgres.log"), guard, durable)));
        var kf = CompletableFuture.supplyAsync(() -> {
            ManagedProcess p = register(started, kafka.start(owner, logs.resolve("kafka.log"), guard));
            kafka.ensureTopics(KafkaBroker.requiredTopics());
            return p;
        });
        var kc = CompletableFuture.supplyAsync(() -> {
            ManagedProcess p = register(started, keycloak.start(owner, logs.resolve("keycloak.log"), guard));
            keycloak.ensureRealm(realmFile);
            return p;
        });
        try {
            CompletableFuture.allOf(pg, kf, kc).join();
        } catch (CompletionException e) {
            started.forEach(p -> p.stop(Duration.ofSeconds(20)));
            throw e.getCause() instanceof DevstackException d ? d : new DevstackException(e.getCause().toString(), e.getCause());
        }
        Stack stack = new Stack(dir, ports, owner, durable, kafkaExtra, List.of(pg.join(), kf.join(), kc.join()));
        stack.writeState();
        return stack;
    }

    /** The stack recorded in {@code dir}, if its processes are still alive and answering. */
    public static Optional<Stack> find(Path dir) {
        Path file = dir.resolve(STATE_FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties state = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            state.load(reader);
        } catch (IOException e) {
            return Optional.empty();
        }
        StackPorts ports = StackPorts.readFrom(state);
        Path logs = dir.resolve("logs");
        List<ManagedProcess> processes = List.of(
                ManagedProcess.attach("PostgreSQL", Long.parseLong(state.getProperty("pid.postgres")), logs.resolve("postgres.log")),
                ManagedProcess.attach("Kafka", Long.parseLong(state.getProperty("pid.kafka")), logs.resolve("kafka.log")),
                ManagedProcess.attach("Keycloak", Long.parseLong(state.getProperty("pid.keycloak")), logs.resolve("keycloak.log")));
        boolean alive = processes.stream().allMatch(ManagedProcess::isAlive)
                && Ports.isListening(ports.postgres()) && Ports.isListening(ports.kafka()) && Ports.isListening(ports.keycloak());
        if (!alive) {
            return Optional.empty();
        }
        Optional<KafkaBroker.ExtraListener> extra = Optional.ofNullable(state.getProperty("kafka.extra-listener"))
                .map(v -> v.split(":")).map(v -> new KafkaBroker.ExtraListener(v[0], Integer.parseInt(v[1]), Integer.parseInt(v[2])));
        return Optional.of(new Stack(dir, ports, Long.parseLong(state.getProperty("owner")),
                Boolean.parseBoolean(state.getProperty("durable", "true")), extra, processes));
    }

    /** Stops Keycloak, Kafka and PostgreSQL, and forgets the state. */
    public synchronized void stop() {
        List<ManagedProcess> reversed = new ArrayList<>(processes);
        java.util.Collections.reverse(reversed);
        reversed.forEach(p -> p.stop(Duration.ofSeconds(30)));
        try {
            Files.deleteIfExists(dir.resolve(STATE_FILE));
        } catch (IOException ignored) {
            // the processes are gone; a stale file is ignored by find()
        }
    }

    public Path dir() {
        return dir;
    }

    public long owner() {
        return owner;
    }

    public StackPorts ports() {
        return ports;
    }

    public PostgresServer postgres() {
        return new PostgresServer(dir.resolve("postgres"), ports.postgres());
    }

    public KafkaBroker kafka() {
        return new KafkaBroker(dir.resolve("kafka"), ports.kafka(), ports.kafkaController(), kafkaExtra);
    }

    /**
     * Kills the Kafka broker outright, for fault injection: SIGKILL, no controlled shutdown (the next start recovers its
     * logs).
     */
    public synchronized void killKafka() {
        processes.get(KAFKA).kill(Duration.ofSeconds(20));
    }

    /** Starts the broker again on its ports and data folder (after {@link #killKafka}); returns when it answers. */
    public synchronized void startKafka() {
        if (processes.get(KAFKA).isAlive()) {
            throw new DevstackException("Kafka is still running (pid " + processes.get(KAFKA).pid() + ")");
        }
        processes.set(KAFKA, kafka().start(owner, dir.resolve("logs").resolve("kafka.log"), dir.resolve("guard.sh")));
        writeState();
    }

    /**
     * Restarts PostgreSQL as {@code pg_ctl restart -m fast} does: a fast shutdown (open transactions roll back, every
     * connection is closed), then a start on the same port and data folder; returns when it accepts connections.
     */
    public synchronized void restartPostgres() {
        stopPostgres();
        startPostgres();
    }

    /** A fast shutdown of PostgreSQL (see {@link #restartPostgres}); {@link #startPostgres} brings it back. */
    public synchronized void stopPostgres() {
        processes.get(POSTGRES).stop(Duration.ofSeconds(30));
    }

    public synchronized void startPostgres() {
        if (processes.get(POSTGRES).isAlive()) {
            throw new DevstackException("PostgreSQL is still running (pid " + processes.get(POSTGRES).pid() + ")");
        }
        processes.set(POSTGRES, postgres().start(owner, dir.resolve("logs").resolve("postgres.log"), dir.resolve("guard.sh"), durable));
        writeState();
    }

    public KeycloakServer keycloak() {
        return new KeycloakServer(dir.resolve("keycloak"), ports.keycloak(), ports.keycloakManagement());
    }

    public synchronized List<ManagedProcess> processes() {
        return List.copyOf(processes);
    }

    private static ManagedProcess register(List<ManagedProcess> started, ManagedProcess process) {
        synchronized (started) {
            started.add(process);
        }
        return process;
    }

    private void writeState() {
        Properties state = new Properties();
        state.setProperty("owner", Long.toString(owner));
        ports.writeTo(state);
        state.setProperty("pid.postgres", Long.toString(processes.get(0).pid()));
        state.setProperty("pid.kafka", Long.toString(processes.get(1).pid()));
        state.setProperty("pid.keycloak", Long.toString(processes.get(2).pid()));
        state.setProperty("durable", Boolean.toString(durable));
        kafkaExtra.ifPresent(e -> state.setProperty("kafka.extra-listener", e.name() + ":" + e.port() + ":" + e.advertisedPort()));
        try {
            Path tmp = Files.createTempFile(dir, "stack", ".tmp");
            try (Writer writer = Files.newBufferedWriter(tmp)) {
                state.store(writer, "Styrplan devstack: components running for process " + owner);
            }
            Files.move(tmp, dir.resolve(STATE_FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DevstackException("Could not write " + dir.resolve(STATE_FILE) + ": " + e.getMessage(), e);
        }
    }
}
