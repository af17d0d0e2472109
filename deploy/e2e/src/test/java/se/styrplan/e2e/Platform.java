package se.styrplan.e2e;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import se.styrplan.devstack.DevstackException;
import se.styrplan.devstack.Stack;
import se.styrplan.devstack.process.ManagedProcess;
import se.styrplan.devstack.process.Ports;
import se.styrplan.devstack.run.ServiceProcess;
import se.styrplan.devstack.seed.SeedLoader;
import se.styrplan.devstack.test.TestStack;

/**
 * The whole platform for the end-to-end tests, started once per test JVM: PostgreSQL, Kafka and Keycloak from
 * {@link TestStack} (isolated from the run command's, see the pom), the four packaged services on free ports
 * (never 8080-8083 or the run command's infrastructure ports), each with a fresh database of its own
 * ({@code e2e_plan}, ...), then Karlstad's plan loaded by the run command's {@link SeedLoader}.
 * <p>
 * Nothing outlives the tests: the services run under the devstack's guard with this JVM as their owner, so they
 * stop when it ends however it ends, and a shutdown hook stops them in order before that. The stack's own
 * components belong to the Maven build (TestStack's rule) and stop with it.
 */
public final class Platform {

    /** The gateway's limits as production has them, except the per-address one: every test call comes from 127.0.0.1. */
    static final int CLIENT_REQUESTS_PER_MINUTE = 600;
    static final String ROUTES_CONNECT_TIMEOUT_SECONDS = "2";
    static final String ROUTES_RESPONSE_TIMEOUT_SECONDS = "10";
    static final String CIRCUIT_OPEN_SECONDS = "3";

    /** Registered in deploy/keycloak/styrplan-realm.json as a redirect URI of styrplan-gateway, for the browser suite. */
    static final int GATEWAY_PORT = 18080;

    private static Platform instance;

    final Stack stack;
    final ServiceProcess plan;
    final ServiceProcess indicators;
    final ServiceProcess reports;
    final ServiceProcess gateway;
    final String seeded;
    /** Kolada as the indicator-service sees it: its configured base URL is this server's /v3. */
    final RecordingServer kolada;

    private Platform(Stack stack, ServiceProcess plan, ServiceProcess indicators, ServiceProcess reports,
            ServiceProcess gateway, String seeded, RecordingServer kolada) {
        this.kolada = kolada;
        this.stack = stack;
        this.plan = plan;
        this.indicators = indicators;
        this.reports = reports;
        this.gateway = gateway;
        this.seeded = seeded;
    }

    public static synchronized Platform get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    public String gatewayUrl() {
        return gateway.url();
    }

    public String realmUrl() {
        return stack.keycloak().realmUrl();
    }

    List<ServiceProcess> services() {
        return List.of(plan, indicators, reports);
    }

    private static Platform start() {
        Path root = TestStack.root();
        Stack stack = TestStack.get();
        long owner = ProcessHandle.current().pid();
        Path work = root.resolve("deploy/e2e/target/e2e");
        Path guard = ManagedProcess.installGuard(work);
        Path logs = work.resolve("logs");
        String run = UUID.randomUUID().toString().substring(0, 8);

        Map<String, Integer> ports = new HashMap<>();
        for (String service : List.of("plan-service", "indicator-service", "reporting-service")) {
            ports.put(service, Ports.freeAwayFromTheRunCommand());
        }
        // the gateway on the one port besides the run command's that the local realm lets browsers sign in through
        ports.put("gateway", GATEWAY_PORT);
        Map<String, String> common = new HashMap<>();
        common.put("KAFKA_BOOTSTRAP_SERVERS", stack.kafka().bootstrapServers());
        common.put("OIDC_SERVER_URL", stack.keycloak().realmUrl());
        common.put("PLAN_SERVICE_URL", "http://localhost:" + ports.get("plan-service"));
        common.put("INDICATOR_SERVICE_URL", "http://localhost:" + ports.get("indicator-service"));
        common.put("REPORTING_SERVICE_URL", "http://localhost:" + ports.get("reporting-service"));
        // every service exports its spans to the suite's OTLP receiver: TracePropagationTest follows one trace across them
        common.putAll(OtlpTraceReceiver.shared().serviceEnvironment());

        Map<String, String> indicatorEnv = new HashMap<>(common);
        // Kolada comes only from configuration; here a server of the tests, so no test reaches the internet
        RecordingServer kolada = new RecordingServer();
        indicatorEnv.put("KOLADA_BASE_URL", kolada.url() + "/v3");
        // the run command's local installation: the seed loader asks for the synthetic demo values
        indicatorEnv.put("STYRPLAN_DEMO_VALUES_ENABLED", "true");
        Map<String, String> reportingEnv = new HashMap<>(common);
        // a consumer group of this run only, from the topics' end: other modules' test events are not ours
        for (String channel : List.of("PLAN_EVENTS", "INDICATOR_EVENTS")) {
            reportingEnv.put("MP_MESSAGING_INCOMING_" + channel + "_GROUP_ID", "reporting-service-e2e-" + run);
            reportingEnv.put("MP_MESSAGING_INCOMING_" + channel + "_AUTO_OFFSET_RESET", "latest");
        }
        Map<String, String> gatewayEnv = new HashMap<>(common);
        gatewayEnv.put("GATEWAY_PUBLIC_URL", "http://localhost:" + ports.get("gateway"));
        // its health and metrics: Quarkus's management interface, off the public port
        gatewayEnv.put(ServiceProcess.MANAGEMENT_PORT, Integer.toString(Ports.freeAwayFromTheRunCommand()));
        gatewayEnv.put("ROUTES_CONNECT_TIMEOUT", ROUTES_CONNECT_TIMEOUT_SECONDS + "S");
        gatewayEnv.put("ROUTES_RESPONSE_TIMEOUT", ROUTES_RESPONSE_TIMEOUT_SECONDS + "S");
        gatewayEnv.put("ROUTES_CIRCUIT_OPEN", CIRCUIT_OPEN_SECONDS + "S");
        gatewayEnv.put("RATE_LIMIT_CLIENT_REQUESTS", Integer.toString(CLIENT_REQUESTS_PER_MINUTE));
        gatewayEnv.put("RATE_LIMIT_CLIENT_PERIOD", "1M");
        gatewayEnv.put("RATE_LIMIT_ADDRESS_REQUESTS", "1000000");
        gatewayEnv.put("API_DOCS_CACHE", "1S");

        ServiceProcess plan = service(stack, root, "plan-service", "e2e_plan", ports, common, work, owner, guard);
        ServiceProcess indicators = service(stack, root, "indicator-service", "e2e_indicator", ports, indicatorEnv, work, owner, guard);
        ServiceProcess reports = service(stack, root, "reporting-service", "e2e_reporting", ports, reportingEnv, work, owner, guard);
        ServiceProcess gateway = service(stack, root, "gateway", "e2e_gateway", ports, gatewayEnv, work, owner, guard);
        List<ServiceProcess> all = List.of(plan, indicators, reports, gateway);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAll(all), "e2e-platform-stop"));

        // the services in parallel (as the launcher does), the gateway when they are up
        List<CompletableFuture<Void>> starts = new ArrayList<>();
        for (ServiceProcess service : List.of(plan, indicators, reports)) {
            starts.add(CompletableFuture.runAsync(service::start));
        }
        try {
            CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).join();
            gateway.start();
        } catch (CompletionException | DevstackException e) {
            stopAll(all);
            Throwable cause = e instanceof CompletionException ? e.getCause() : e;
            throw cause instanceof DevstackException d ? d : new DevstackException(String.valueOf(cause), cause);
        }
        String seeded = seed(root, stack, plan, indicators);
        System.out.println("[e2e] platform up: gateway " + gateway.url() + "; " + seeded + "; logs in " + logs);
        return new Platform(stack, plan, indicators, reports, gateway, seeded, kolada);
    }

    /** The run command's seed; once more if the first attempt fails (it is idempotent, and takes a fresh token). */
    private static String seed(Path root, Stack stack, ServiceProcess plan, ServiceProcess indicators) {
        SeedLoader loader = new SeedLoader(root.resolve("deploy/seed"), stack.keycloak().realmUrl(), plan.url(), indicators.url());
        try {
            return loader.load();
        } catch (DevstackException first) {
            System.out.println("[e2e] loading the seed failed, once more: " + first.getMessage());
            return loader.load();
        }
    }

    private static ServiceProcess service(Stack stack, Path root, String name, String database, Map<String, Integer> ports,
            Map<String, String> env, Path work, long owner, Path guard) {
        // a fresh database each run: the suite's writes never meet an earlier run's
        stack.postgres().dropDatabase(database);
        stack.postgres().ensureDatabase(database, database, database);
        Map<String, String> own = new HashMap<>(env);
        own.put("DB_URL", stack.postgres().jdbcUrl(database));
        own.put("DB_USER", database);
        own.put("DB_PASSWORD", database);
        return new ServiceProcess(name, root, ports.get(name), own, ServiceProcess.QUICK_START_JVM, work, owner, guard);
    }


    private static void stopAll(List<ServiceProcess> services) {
        List<ServiceProcess> reversed = new ArrayList<>(services);
        java.util.Collections.reverse(reversed);
        reversed.forEach(ServiceProcess::stop);
    }
}
