package se.styrplan.deploy.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import se.styrplan.devstack.Stack;
import se.styrplan.devstack.StackPorts;
import se.styrplan.devstack.postgres.PostgresServer;
import se.styrplan.devstack.process.Ports;
import se.styrplan.devstack.seed.SeedLoader;

/**
 * The restore drill (issue #9): deploy/backup/drill.sh — answers before, backup, drop every database, restore,
 * rebuild of the reporting read model, answers after — against a whole platform of its own: a private PostgreSQL,
 * Kafka and Keycloak on free ports and the four packaged services, loaded with Karlstad's plan. Nothing is shared
 * with the run command or other tests, so dropping databases and replaying topics touches only this platform.
 *
 * <p>It takes minutes and most of the machine, so it runs when asked for:
 * {@code mvn -B verify -pl deploy/scale-test -Dstyrplan.drill=true -Dtest=BackupDrillTest}.
 */
@EnabledIfSystemProperty(named = "styrplan.drill", matches = "true",
        disabledReason = "the whole platform for minutes: run with -Dstyrplan.drill=true -Dtest=BackupDrillTest")
class BackupDrillTest {

    private static final List<String> SERVICES = List.of("plan-service", "indicator-service", "reporting-service", "gateway");
    private static final Map<String, String> DATABASES = Map.of("plan-service", "plan", "indicator-service", "indicator",
            "reporting-service", "reporting", "gateway", "gateway");

    @Test
    void backupWipeRestoreAndRebuildEndWithTheSameAnswers() throws Exception {
        Path root = PackagedApps.root();
        Path dir = Files.createTempDirectory("styrplan-drill");
        Stack stack = Stack.start(dir, StackPorts.free(), ProcessHandle.current().pid(), false,
                root.resolve("deploy/keycloak/styrplan-realm.json"));
        List<ReplicaProcess> services = new ArrayList<>();
        try {
            PostgresServer postgres = stack.postgres();
            Map<String, Integer> ports = new HashMap<>();
            int gatewayManagementPort = Ports.free();
            for (String service : SERVICES) {
                postgres.ensureDatabase(DATABASES.get(service), DATABASES.get(service), DATABASES.get(service));
                ports.put(service, Ports.free());
            }
            for (String service : SERVICES) {
                String db = DATABASES.get(service);
                Map<String, String> environment = new HashMap<>(Map.of(
                        "DB_URL", postgres.jdbcUrl(db), "DB_USER", db, "DB_PASSWORD", db, "DB_POOL_MAX", "5",
                        "KAFKA_BOOTSTRAP_SERVERS", stack.kafka().bootstrapServers(),
                        "OIDC_SERVER_URL", stack.keycloak().realmUrl()));
                environment.put("PLAN_SERVICE_URL", "http://localhost:" + ports.get("plan-service"));
                environment.put("INDICATOR_SERVICE_URL", "http://localhost:" + ports.get("indicator-service"));
                environment.put("REPORTING_SERVICE_URL", "http://localhost:" + ports.get("reporting-service"));
                // the seed loader asks for demo values, as on the run command's platform
                environment.put("STYRPLAN_DEMO_VALUES_ENABLED", "true");
                if (service.equals("gateway")) { // its health on a management port of its own
                    environment.put("MANAGEMENT_PORT", String.valueOf(gatewayManagementPort));
                }
                services.add(ReplicaProcess.start(service, PackagedApps.copy(service), ports.get(service), environment, List.of(),
                        Path.of("target", "drill-" + service + ".log").toAbsolutePath()));
            }
            for (ReplicaProcess service : services) {
                service.awaitReady(Duration.ofSeconds(240));
            }
            String seeded = new SeedLoader(root.resolve("deploy/seed"), stack.keycloak().realmUrl(),
                    "http://localhost:" + ports.get("plan-service"), "http://localhost:" + ports.get("indicator-service")).load();
            System.out.println("drill: platform loaded: " + seeded);
            awaitQuiet(postgres);

            ProcessBuilder drill = new ProcessBuilder("bash", root.resolve("deploy/backup/drill.sh").toString())
                    .redirectErrorStream(true).redirectOutput(Path.of("target", "drill.log").toFile());
            Map<String, String> env = drill.environment();
            env.put("GATEWAY_URL", "http://localhost:" + ports.get("gateway"));
            env.put("GATEWAY_HEALTH_URL", "http://localhost:" + gatewayManagementPort + "/q/health/ready");
            env.put("REPORTING_URL", "http://localhost:" + ports.get("reporting-service"));
            env.put("OIDC_SERVER_URL", stack.keycloak().realmUrl());
            env.put("PGHOST", "localhost");
            env.put("PGPORT", String.valueOf(postgres.port()));
            env.put("PGUSER", PostgresServer.SUPERUSER);
            env.put("PGPASSWORD", PostgresServer.SUPERUSER_PASSWORD);
            int exit = drill.start().waitFor();
            String log = Files.readString(Path.of("target", "drill.log"));
            System.out.println(log);
            assertThat(exit).as("drill.sh's exit status (its output above)").isZero();
            assertThat(log).contains("drill: PASSED");
        } finally {
            for (ReplicaProcess service : services) {
                service.close();
            }
            stack.stop();
            try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Waits until the outboxes are empty and reporting-service has applied everything (its count stops moving). */
    private static void awaitQuiet(PostgresServer postgres) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        long last = -1;
        int stableRounds = 0;
        while (System.nanoTime() < deadline && stableRounds < 5) {
            long waiting = count(postgres, "plan", "select count(*) from outbox_event")
                    + count(postgres, "indicator", "select count(*) from outbox_event");
            long processed = count(postgres, "reporting", "select count(*) from processed_event");
            stableRounds = waiting == 0 && processed == last ? stableRounds + 1 : 0;
            last = processed;
            Thread.sleep(1000);
        }
        System.out.println("drill: reporting-service has processed " + last + " events");
    }

    private static long count(PostgresServer postgres, String db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl(db), db, db);
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
