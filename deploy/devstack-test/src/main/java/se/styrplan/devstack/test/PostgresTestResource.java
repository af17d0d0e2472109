package se.styrplan.devstack.test;

import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import se.styrplan.devstack.postgres.PostgresServer;

/**
 * A throwaway database for one service's tests in the real PostgreSQL of the {@link TestStack}.
 * Init arg {@code service}: the service's name, which is also its database role.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private String service = "app";
    private String database;
    private PostgresServer postgres;

    @Override
    public void init(Map<String, String> initArgs) {
        service = initArgs.getOrDefault("service", service);
    }

    @Override
    public Map<String, String> start() {
        postgres = TestStack.get().postgres();
        database = service + "_test_" + UUID.randomUUID().toString().substring(0, 8);
        postgres.ensureDatabase(database, service, service);
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
                "quarkus.datasource.username", service,
                "quarkus.datasource.password", service);
    }

    @Override
    public void stop() {
        if (postgres != null && database != null) {
            postgres.dropDatabase(database);
        }
    }
}
