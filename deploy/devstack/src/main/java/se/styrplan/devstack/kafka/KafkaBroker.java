package se.styrplan.devstack.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

import se.styrplan.devstack.DevstackException;
import se.styrplan.devstack.process.ManagedProcess;
import se.styrplan.devstack.process.Waits;

/**
 * A single-node Apache Kafka in KRaft mode (broker and controller in one JVM), run from the Kafka jars that
 * Maven resolved for this module, at the kafka-clients version the Quarkus BOM manages.
 */
public final class KafkaBroker {

    private static final String CLASSPATH_RESOURCE = "/se/styrplan/devstack/kafka-broker.classpath";

    /**
     * A second client listener, off by default: the broker listens on {@code port} and tells clients that connect there
     * to use {@code advertisedPort} on localhost. The fault runs put a TCP proxy on {@code advertisedPort}, so that every
     * connection of a client bootstrapped through the proxy stays behind it (clients connect to the advertised address).
     */
    public record ExtraListener(String name, int port, int advertisedPort) {

        public ExtraListener {
            if (!name.matches("[A-Z][A-Z_]*") || name.equals("PLAINTEXT") || name.equals("CONTROLLER")) {
                throw new IllegalArgumentException("listener name " + name + ": upper case, and not PLAINTEXT or CONTROLLER");
            }
        }

        /** What a client bootstrapped through this listener connects to. */
        public String bootstrapServers() {
            return "localhost:" + advertisedPort;
        }
    }

    private final Path baseDir;
    private final int port;
    private final int controllerPort;
    private final Optional<ExtraListener> extra;

    public KafkaBroker(Path baseDir, int port, int controllerPort) {
        this(baseDir, port, controllerPort, Optional.empty());
    }

    public KafkaBroker(Path baseDir, int port, int controllerPort, Optional<ExtraListener> extra) {
        this.baseDir = baseDir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.extra = extra;
    }

    public Optional<ExtraListener> extraListener() {
        return extra;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public ManagedProcess start(long owner, Path log, Path guard) {
        String classpath = brokerClasspath();
        Path config = writeConfig();
        formatIfNeeded(classpath, config, log);
        List<String> command = java(classpath, "kafka.Kafka", config.toString());
        ManagedProcess process = ManagedProcess.start("Kafka", command, baseDir, Map.of(), log, owner, "TERM", guard);
        Waits.until("Kafka on port " + port, Duration.ofSeconds(90), process, this::answersMetadata);
        return process;
    }

    /** Creates the topics the services need, with their partition counts, unless they exist. */
    public void ensureTopics(Map<String, Integer> partitionsByTopic) {
        try (Admin admin = admin()) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = partitionsByTopic.entrySet().stream()
                    .filter(e -> !existing.contains(e.getKey()))
                    .map(e -> new NewTopic(e.getKey(), e.getValue(), (short) 1))
                    .collect(Collectors.toList());
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new DevstackException("Could not create the Kafka topics on " + bootstrapServers() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevstackException("Interrupted while creating topics", e);
        }
    }

    /** The topics and partition counts the services need, from {@code topics.properties}. */
    public static Map<String, Integer> requiredTopics() {
        Properties properties = new Properties();
        try (InputStream in = KafkaBroker.class.getResourceAsStream("/se/styrplan/devstack/topics.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.stringPropertyNames().stream()
                .collect(Collectors.toMap(name -> name, name -> Integer.parseInt(properties.getProperty(name).trim())));
    }

    private boolean answersMetadata() {
        if (!se.styrplan.devstack.process.Ports.isListening(port)) {
            return false; // don't let an admin client log its reconnect attempts while the broker boots
        }
        try (Admin admin = admin()) {
            admin.describeCluster().nodes().get(2, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private Admin admin() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
        return Admin.create(config);
    }

    private Path writeConfig() {
        Path data = baseDir.resolve("data");
        String config = String.join("\n",
                "node.id=1",
                "process.roles=broker,controller",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort
                        + extra.map(e -> "," + e.name() + "://127.0.0.1:" + e.port()).orElse(""),
                "advertised.listeners=PLAINTEXT://localhost:" + port
                        + extra.map(e -> "," + e.name() + "://localhost:" + e.advertisedPort()).orElse(""),
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"
                        + extra.map(e -> "," + e.name() + ":PLAINTEXT").orElse(""),
                "log.dirs=" + data,
                "num.partitions=1",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=3",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                // topics are created up front; a typo in a topic name should fail, not create a new topic
                "auto.create.topics.enable=false",
                "log.retention.hours=-1",
                "") ;
        try {
            Files.createDirectories(baseDir);
            Path file = baseDir.resolve("server.properties");
            Files.writeString(file, config, StandardCharsets.UTF_8);
            Path log4j = baseDir.resolve("log4j2.properties");
            try (InputStream in = KafkaBroker.class.getResourceAsStream("/se/styrplan/devstack/kafka-log4j2.properties")) {
                Files.write(log4j, in.readAllBytes());
            }
            return file;
        } catch (IOException e) {
            throw new DevstackException("Could not write the Kafka configuration in " + baseDir + ": " + e.getMessage(), e);
        }
    }

    private void formatIfNeeded(String classpath, Path config, Path log) {
        if (Files.exists(baseDir.resolve("data").resolve("meta.properties"))) {
            return;
        }
        List<String> format = java(classpath, "kafka.tools.StorageTool", "format", "--cluster-id=" + clusterId(), "-c", config.toString());
        try {
            Files.createDirectories(log.getParent());
            Process p = new ProcessBuilder(format).directory(baseDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new DevstackException("Formatting Kafka's storage failed. See its log: " + log);
            }
        } catch (IOException e) {
            throw new DevstackException("Could not run Kafka's StorageTool: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevstackException("Interrupted while formatting Kafka's storage", e);
        }
    }

    /** KRaft wants a base64 UUID of 22 characters. */
    private static String clusterId() {
        UUID uuid = UUID.randomUUID();
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(16);
        buffer.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
    }

    private List<String> java(String classpath, String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xms64m", "-Xmx384m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Dlog4j2.configurationFile=" + baseDir.resolve("log4j2.properties"),
                "-cp", classpath, mainClass));
        command.addAll(List.of(args));
        return command;
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String brokerClasspath() {
        try (InputStream in = KafkaBroker.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new DevstackException("The Kafka classpath is missing: build the devstack module first (mvn -pl deploy/devstack package).");
            }
            String classpath = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            for (String jar : classpath.split(":")) {
                if (!Files.exists(Path.of(jar))) {
                    throw new DevstackException("Kafka jar " + jar + " is missing from the local Maven repository: "
                            + "rebuild the devstack module (mvn -pl deploy/devstack package) to fetch it.");
                }
            }
            return classpath;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
