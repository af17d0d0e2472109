package se.styrplan.faults.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import se.styrplan.devstack.Stack;
import se.styrplan.devstack.StackPorts;
import se.styrplan.devstack.kafka.KafkaBroker;
import se.styrplan.devstack.process.Ports;
import se.styrplan.devstack.run.ServiceProcess;
import se.styrplan.devstack.seed.SeedLoader;
import se.styrplan.faults.proxy.FreezableProxy;

/**
 * The platform a fault run works on, all of its own: PostgreSQL, Kafka and Keycloak on free ports with their state
 * under {@code deploy/faults/target/stack} (never the run command's ports or {@code .devstack/}), the four packaged
 * services on free ports, and Karlstad's seed loaded by the run command's loader. indicator-service and
 * reporting-service reach Kafka through a {@link FreezableProxy} in front of a second listener of the broker, so
 * that the network between them and Kafka can be frozen. Everything runs under the devstack's guard with this JVM
 * as owner: it all stops when the run ends, however it ends.
 */
public final class FaultPlatform implements AutoCloseable {

    public static final List<String> SERVICES = List.of("plan-service", "indicator-service", "reporting-service", "gateway");
    /** Each service's database (and its login role, whose password is its name), as the run command has them. */
    public static final Map<String, String> DATABASES = Map.of("plan-service", "plan", "indicator-service", "indicator",
            "reporting-service", "reporting", "gateway", "gateway");
    /** Areas the generated values are spread over besides the 11 real ones: 311 in all, as Kolada's municipalities. */
    static final int EXTRA_AREAS = 300;

    private final Stack stack;
    private final FreezableProxy proxy;
    private final Map<String, ServiceProcess> services;
    private final Tokens admin;

    private FaultPlatform(Stack stack, FreezableProxy proxy, Map<String, ServiceProcess> services) {
        this.stack = stack;
        this.proxy = proxy;
        this.services = services;
        this.admin = new Tokens(stack.keycloak().realmUrl(), "anna");
    }

    /**
     * @param apps  the checkout whose packaged services run ({@code <module>/target/quarkus-app}): normally {@code root};
     *              another one to run a fixed build while the working tree's modules are being rebuilt
     */
    public static FaultPlatform start(Path root, Path apps, Path work) throws IOException {
        long owner = ProcessHandle.current().pid();
        Path dir = work.resolve("stack");
        deleteTree(dir);
        Files.createDirectories(dir.resolve("logs"));
        int proxyPort = Ports.freeAwayFromTheRunCommand();
        KafkaBroker.ExtraListener proxied = new KafkaBroker.ExtraListener("PROXIED", Ports.freeAwayFromTheRunCommand(), proxyPort);
        FreezableProxy proxy = FreezableProxy.start(proxyPort, proxied.port());
        Stack stack = Stack.start(dir, StackPorts.free(), owner, true, root.resolve("deploy/keycloak/styrplan-realm.json"),
                Optional.of(proxied));
        try {
            Map<String, ServiceProcess> services = services(apps, work, stack, proxied, owner);
            FaultPlatform platform = new FaultPlatform(stack, proxy, services);
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "faults-stop"));
            List<CompletableFuture<Void>> starts = new ArrayList<>();
            for (String name : SERVICES.subList(0, 3)) {
                starts.add(CompletableFuture.runAsync(services.get(name)::start));
            }
            CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).join();
            services.get("gateway").start();
            platform.addAreas();
            return platform;
        } catch (RuntimeException e) {
            stack.stop();
            proxy.close();
            throw e;
        }
    }

    /** Loads Karlstad's plan, catalogue and demo values through the services' APIs (the run command's seed loader). */
    public String seed(Path root) {
        return new SeedLoader(root.resolve("deploy/seed"), stack.keycloak().realmUrl(), service("plan-service").url(),
                service("indicator-service").url()).load();
    }

    public Stack stack() {
        return stack;
    }

    public FreezableProxy proxy() {
        return proxy;
    }

    public ServiceProcess service(String name) {
        return services.get(name);
    }

    public Tokens admin() {
        return admin;
    }

    public String kafkaBootstrap() {
        return stack.kafka().bootstrapServers();
    }

    /** A connection to a service's database as its own login role. */
    public Connection db(String service) throws SQLException {
        String database = DATABASES.get(service);
        return DriverManager.getConnection(stack.postgres().jdbcUrl(database), database, database);
    }

    /** The 11 real areas and {@value #EXTRA_AREAS} generated ones ("Fault run n", codes 1001–1300), in code order. */
    public List<String> areas() throws SQLException {
        List<String> codes = new ArrayList<>();
        try (Connection c = db("indicator-service"); Statement s = c.createStatement();
                var rs = s.executeQuery("select code from area order by code")) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }

    @Override
    public synchronized void close() {
        List<String> reversed = new ArrayList<>(SERVICES);
        java.util.Collections.reverse(reversed);
        reversed.forEach(name -> services.get(name).stop());
        stack.stop();
        proxy.close();
    }

    /**
     * Areas are reference data without an API (a migration holds the 11 real ones); like the ingest benchmark, the run
     * adds its own straight into indicator-service's table, so that values can spread as Kolada's do.
     */
    private void addAreas() {
        try (Connection c = db("indicator-service"); Statement s = c.createStatement()) {
            s.execute("insert into area (code, name, kind) select lpad(g::text, 4, '0'), 'Fault run ' || g, 'municipality' "
                    + "from generate_series(1001, " + (1000 + EXTRA_AREAS) + ") g on conflict (code) do nothing");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not add the run's areas: " + e.getMessage(), e);
        }
    }

    private static Map<String, ServiceProcess> services(Path apps, Path work, Stack stack, KafkaBroker.ExtraListener proxied, long owner) {
        Map<String, Integer> ports = new HashMap<>();
        SERVICES.forEach(s -> ports.put(s, Ports.freeAwayFromTheRunCommand()));
        Map<String, String> common = new HashMap<>();
        common.put("KAFKA_BOOTSTRAP_SERVERS", stack.kafka().bootstrapServers());
        common.put("OIDC_SERVER_URL", stack.keycloak().realmUrl());
        SERVICES.forEach(s -> common.put(s.toUpperCase().replace('-', '_') + "_URL", "http://localhost:" + ports.get(s)));
        Map<String, Map<String, String>> envs = new LinkedHashMap<>();
        for (String name : SERVICES) {
            String database = DATABASES.get(name);
            stack.postgres().ensureDatabase(database, database, database);
            Map<String, String> env = new HashMap<>(common);
            env.put("DB_URL", stack.postgres().jdbcUrl(database));
            env.put("DB_USER", database);
            env.put("DB_PASSWORD", database);
            envs.put(name, env);
        }
        // the two services whose link to Kafka the network fault freezes reach the broker only through the proxy
        envs.get("indicator-service").put("KAFKA_BOOTSTRAP_SERVERS", proxied.bootstrapServers());
        envs.get("reporting-service").put("KAFKA_BOOTSTRAP_SERVERS", proxied.bootstrapServers());
        // the seed's synthetic demo values, as the run command has them
        envs.get("indicator-service").put("STYRPLAN_DEMO_VALUES_ENABLED", "true");
        // one log line per consumed event (outcome, topic-partition@offset): how "applied twice" is counted
        envs.get("reporting-service").put("QUARKUS_LOG_CATEGORY__SE_STYRPLAN_REPORTING_INTAKE__LEVEL", "DEBUG");
        // the soak's reads come from one user at one address: the per-client and per-address limits would answer 429
        envs.get("gateway").put("RATE_LIMIT_CLIENT_REQUESTS", "1000000000");
        envs.get("gateway").put("RATE_LIMIT_ADDRESS_REQUESTS", "1000000000");
        // the gateway's health and metrics: Quarkus's management interface, off its public port
        envs.get("gateway").put(ServiceProcess.MANAGEMENT_PORT, Integer.toString(Ports.freeAwayFromTheRunCommand()));
        Path guard = stack.dir().resolve("guard.sh");
        Map<String, ServiceProcess> services = new LinkedHashMap<>();
        for (String name : SERVICES) {
            services.put(name, new ServiceProcess(name, apps, ports.get(name), envs.get(name), ServiceProcess.runCommandJvm(name), work, owner,
                    guard));
        }
        return services;
    }


    static void deleteTree(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
