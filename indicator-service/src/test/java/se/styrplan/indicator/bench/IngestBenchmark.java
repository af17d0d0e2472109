package se.styrplan.indicator.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.postgresql.PGConnection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.styrplan.devstack.Stack;
import se.styrplan.devstack.StackPorts;
import se.styrplan.devstack.postgres.PostgresServer;
import se.styrplan.devstack.run.ServiceProcess;
import se.styrplan.devstack.test.Tokens;

/**
 * The ingest benchmark (deploy/bench/ingest.sh): generates a few million values of Kolada's sparse shape (6 000 KPIs ×
 * 311 areas × 11 years × genders, sampled), loads them through the bulk API of indicator-service's packaged jar
 * (started as the run command starts it, against a throwaway database of the run command's PostgreSQL when deploy/run.sh
 * is up, otherwise of a stack of its own), and the same rows through raw
 * COPY into a table of the same shape in the same PostgreSQL; prints values/s for both, their ratio, the service's
 * peak RSS and how long the events took to reach Kafka, and ends with PASS or FAIL against the bars of DESIGN.md.
 */
public final class IngestBenchmark {

    static final double TARGET_RATE = 150_000;
    static final double TARGET_RATIO = 0.5;
    static final int KPIS = 6_000;
    static final int YEARS_FROM = 2015;
    static final int YEARS_TO = 2025;
    static final String[] UNITS = { "percent", "count", "count_per_1000", "sek", "index_0_100", "ratio" };

    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("styrplan.root", ".")).toAbsolutePath().normalize();
        long target = args.length > 0 ? Long.parseLong(args[0]) : 3_000_000;
        Path jar = root.resolve("indicator-service/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (deploy/bench/ingest.sh does)");
        }
        System.out.println("== Styrplan ingest benchmark ==");
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + memory() + ", " + System.getProperty("java.vm.name")
                + " " + System.getProperty("java.version") + ", load average before: " + loadAverage());
        // the run command's components when deploy/run.sh is up; otherwise our own, stopped at the end (and by their
        // guards should this JVM die)
        // -Dbench.isolated=true: its own stack even when the run command is up (whose restarts would break a run)
        Stack running = Boolean.getBoolean("bench.isolated") ? null : Stack.find(root.resolve(".devstack")).orElse(null);
        Path own = running == null ? Files.createTempDirectory("styrplan-bench-stack") : null;
        if (running == null) {
            Files.createDirectories(own.resolve("logs")); // the components start in parallel; each logs there from its start
            System.out.println("starting PostgreSQL, Kafka and Keycloak of its own for the benchmark ...");
        }
        Stack stack = running != null ? running : Stack.start(own, StackPorts.free(), ProcessHandle.current().pid(), true,
                root.resolve("deploy/keycloak/styrplan-realm.json"));
        PostgresServer postgres = stack.postgres();
        String database = "indicator_bench_" + UUID.randomUUID().toString().substring(0, 8);
        postgres.ensureDatabase(database, "indicator", "indicator");
        Process service = null;
        boolean passed = false;
        Path work = Files.createTempDirectory("styrplan-bench");
        try {
            int port = freePort();
            service = startService(root, jar, stack, postgres.jdbcUrl(database), port, work.resolve("service.log"));
            String url = "http://localhost:" + port;
            waitReady(url, service);
            try (Connection db = DriverManager.getConnection(postgres.jdbcUrl(database), "indicator", "indicator");
                    Connection admin = DriverManager.getConnection(postgres.jdbcUrl(database), PostgresServer.SUPERUSER,
                            PostgresServer.SUPERUSER_PASSWORD)) {
                Data data = generate(db, work, target);
                System.out.printf(Locale.ROOT, "data: %,d values of %,d KPIs × %d areas × %d–%d × genders (sampled, sorted by KPI); "
                        + "CSV %,d MB%n", data.rows, KPIS, data.areas, YEARS_FROM, YEARS_TO, Files.size(data.csv) / 1_000_000);

                CpuTime copyCpu = CpuTime.start(service.pid());
                double copySeconds = rawCopy(db, admin, data);
                CpuTime.Spent copySpent = copyCpu.spent();
                checkpoint(admin);
                System.out.printf(Locale.ROOT, "raw COPY into a table of the same shape: %,d values in %.1f s = %,.0f values/s%n",
                        data.rows, copySeconds, data.rows / copySeconds);

                String token = token(stack.keycloak().realmUrl());
                long eventsBefore = eventsWritten(db);
                RssWatch rss = new RssWatch(service.pid());
                long rssBefore = rss.read("VmRSS:");
                rss.start();
                CpuTime bulkCpu = CpuTime.start(service.pid());
                long started = System.nanoTime();
                JsonNode job = post(url, token, data.csv);
                double bulkSeconds = (System.nanoTime() - started) / 1e9;
                double relaySeconds = waitForOutbox(db, started);
                CpuTime.Spent bulkSpent = bulkCpu.spent();
                rss.interrupt();
                rss.join();
                checkpoint(admin);
                System.out.printf(Locale.ROOT, "bulk API (CSV, streamed, events in the outbox): %,d values in %.1f s = %,.0f values/s "
                        + "(job %s: %s, %,d inserted, %,d rejected, %d chunks)%n", data.rows, bulkSeconds, data.rows / bulkSeconds,
                        job.path("id").asText(), job.path("status").asText(), job.path("inserted").asLong(), job.path("rejected").asLong(),
                        job.path("chunks").asInt());
                System.out.printf(Locale.ROOT, "events: %,d MeasurementsRecorded events, all relayed to Kafka %.1f s after the request "
                        + "started (%,.0f values/s including the relay)%n", eventsWritten(db) - eventsBefore, relaySeconds,
                        data.rows / relaySeconds);

                cpu("raw COPY", copySpent, data.rows, copySeconds);
                cpu("bulk API", bulkSpent, data.rows, relaySeconds);

                long eventsBeforeAgain = eventsWritten(db);
                long reStarted = System.nanoTime();
                JsonNode again = post(url, token, data.csv);
                double reSeconds = (System.nanoTime() - reStarted) / 1e9;
                System.out.printf(Locale.ROOT, "re-import of the same body: %,d unchanged, %,d inserted, %,d updated in %.1f s = %,.0f values/s; "
                        + "events written: %d%n", again.path("unchanged").asLong(), again.path("inserted").asLong(),
                        again.path("updated").asLong(), reSeconds, data.rows / reSeconds, eventsWritten(db) - eventsBeforeAgain);

                double rate = data.rows / bulkSeconds;
                double ratio = copySeconds / bulkSeconds;
                System.out.printf(Locale.ROOT, "service peak RSS: %,d MB (VmHWM; %,d MB before the import; %s as the run command starts it)%n",
                        rss.peakKb / 1024, rssBefore / 1024, String.join(" ", ServiceProcess.RUN_COMMAND_JVM));
                System.out.printf(Locale.ROOT, "ratio bulk / raw COPY: %.2f%n", ratio);
                System.out.println("load average after: " + loadAverage());
                boolean pass = rate >= TARGET_RATE && ratio >= TARGET_RATIO && "succeeded".equals(job.path("status").asText())
                        && again.path("unchanged").asLong() == data.rows;
                System.out.printf(Locale.ROOT, "%s: %,.0f values/s (target ≥ %,.0f) and %.2f × raw COPY (target ≥ %.2f)%n",
                        pass ? "PASS" : "FAIL", rate, TARGET_RATE, ratio, TARGET_RATIO);
                passed = pass;
            }
        } finally {
            if (service != null) {
                service.destroy();
                if (!service.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    service.destroyForcibly();
                }
            }
            postgres.dropDatabase(database);
            if (running == null) {
                stack.stop();
                delete(own);
            }
            if (!Boolean.getBoolean("bench.debug")) {
                delete(work);
            }
        }
        if (!passed) {
            System.exit(1);
        }
    }

    /**
     * What a phase cost in CPU: the whole machine's busy time (on a quiet machine, the stack's: service, PostgreSQL,
     * Kafka, this client) and the service's own, per million values; and the most the machine's cores could reach at
     * that cost, had the phase kept every core busy.
     */
    private static void cpu(String phase, CpuTime.Spent spent, long rows, double seconds) {
        int cores = Runtime.getRuntime().availableProcessors();
        double perMillion = spent.machineSeconds() / (rows / 1e6);
        System.out.printf(Locale.ROOT, "  CPU of the %s: %.1f s busy on the machine (%.1f of its %d cores on average); %.1f CPU-s per "
                + "million values: at most %,.0f values/s on %d busy cores%n", phase, spent.machineSeconds(),
                spent.machineSeconds() / seconds, cores, perMillion, cores / perMillion * 1e6, cores);
        double millions = rows / 1e6;
        System.out.printf(Locale.ROOT, "    of it, CPU-s per million values: service %.1f, PostgreSQL %.1f, Kafka %.1f, this benchmark %.1f, "
                + "the rest of the machine %.1f%n", spent.serviceSeconds() / millions, spent.postgresSeconds() / millions,
                spent.kafkaSeconds() / millions, spent.benchmarkSeconds() / millions, (spent.machineSeconds() - spent.serviceSeconds()
                        - spent.postgresSeconds() - spent.kafkaSeconds() - spent.benchmarkSeconds()) / millions);
    }

    record Data(Path csv, Path copy, long rows, int areas) {
    }

    /** The catalogue and areas (straight into the throwaway database), and the same rows as bulk CSV and as COPY text. */
    static Data generate(Connection db, Path work, long target) throws IOException, SQLException {
        Random random = new Random(42);
        List<String> areas = new ArrayList<>(List.of("0000", "0017", "1780", "0580", "1880", "0680", "2180", "2281", "0780", "2580", "0880"));
        for (int code = 1001; areas.size() < 311; code++) {
            areas.add(String.format("%04d", code));
        }
        UUID[] ids = new UUID[KPIS];
        String[] units = new String[KPIS];
        boolean[] byGender = new boolean[KPIS];
        try (Statement s = db.createStatement()) {
            s.execute("insert into area (code, name, kind) select lpad(g::text, 4, '0'), 'Benchmark ' || g, 'municipality' "
                    + "from generate_series(1001, " + (1000 + areas.size() - 11) + ") g");
        }
        StringBuilder catalogue = new StringBuilder();
        for (int k = 0; k < KPIS; k++) {
            ids[k] = new UUID(random.nextLong(), random.nextLong());
            units[k] = UNITS[random.nextInt(UNITS.length)];
            byGender[k] = random.nextBoolean();
            catalogue.append(ids[k]).append('\t').append(key(k)).append("\tKPI ").append(k).append('\t').append(units[k])
                    .append("\thigher_is_better\tkolada\t").append(byGender[k] ? 't' : 'f').append("\tdept-").append(k % 20).append('\n');
        }
        copyIn(db, "copy indicator (id, key, title, unit, direction, source, divided_by_gender, owning_department) from stdin",
                new java.io.StringReader(catalogue.toString()));
        // every (KPI, area, year) with this probability, with all of the KPI's genders: ~target values
        double full = KPIS * (double) areas.size() * (YEARS_TO - YEARS_FROM + 1) * 2.0;
        double p = Math.min(1, target / full);
        Path csv = work.resolve("values.csv");
        Path copy = work.resolve("values.copy");
        long rows = 0;
        try (BufferedWriter b = Files.newBufferedWriter(csv); BufferedWriter c = Files.newBufferedWriter(copy)) {
            b.write("indicatorKey,areaCode,period,gender,value,status\n");
            for (int k = 0; k < KPIS; k++) {
                for (String area : areas) {
                    for (int year = YEARS_FROM; year <= YEARS_TO; year++) {
                        if (random.nextDouble() >= p) {
                            continue;
                        }
                        for (String gender : byGender[k] ? new String[] { "T", "K", "M" } : new String[] { "T" }) {
                            double r = random.nextDouble();
                            String status = r < 0.03 ? "suppressed" : r < 0.08 ? "preliminary" : "final";
                            String value = status.equals("suppressed") ? ""
                                    : units[k].equals("percent") || units[k].equals("index_0_100")
                                            ? String.format(Locale.ROOT, "%.1f", random.nextDouble() * 100)
                                            : String.format(Locale.ROOT, "%.2f", random.nextDouble() * 50_000);
                            value = value.isEmpty() ? value : new java.math.BigDecimal(value).stripTrailingZeros().toPlainString();
                            b.write(key(k) + "," + area + "," + year + "," + gender + "," + value + "," + status + "\n");
                            c.write(ids[k] + "\t" + area + "\t" + year + "\t" + gender + "\t" + (value.isEmpty() ? "\\N" : value) + "\t"
                                    + status + "\n");
                            rows++;
                        }
                    }
                }
            }
        }
        return new Data(csv, copy, rows, areas.size());
    }

    /** The same rows straight into a table like measurement (its columns, checks and primary key) with COPY. */
    static double rawCopy(Connection db, Connection admin, Data data) throws SQLException, IOException {
        try (Statement s = db.createStatement()) {
            s.execute("create table bench_raw_copy (like measurement including all)");
            s.execute("alter table bench_raw_copy alter column source set default 'bulk', alter column recorded_by set default 'bench', "
                    + "alter column recorded_at set default now()");
        }
        checkpoint(admin);
        long started = System.nanoTime();
        try (Reader reader = Files.newBufferedReader(data.copy())) {
            copyIn(db, "copy bench_raw_copy (indicator_id, area_code, period, gender, value, status) from stdin", reader);
        }
        return (System.nanoTime() - started) / 1e9;
    }

    static void copyIn(Connection db, String sql, Reader reader) throws SQLException, IOException {
        db.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, reader, 1 << 16);
    }

    /** A token of the demo admin (anna), by the password grant of the gateway's client, as the web UI gets one. */
    static String token(String realmUrl) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=" + Tokens.GATEWAY_CLIENT + "&client_secret="
                        + Tokens.GATEWAY_SECRET + "&username=anna&password=anna-demo&scope=openid")).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token: " + response.body());
        }
        return JSON.readTree(response.body()).path("access_token").asText();
    }

    static void delete(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
    }

    static JsonNode post(String url, String token, Path csv) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/indicators/bulk/values"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                .timeout(Duration.ofMinutes(30)).POST(HttpRequest.BodyPublishers.ofFile(csv)).build();
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the bulk API answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** Seconds from {@code started} until the outbox is empty: every event acknowledged by Kafka. */
    static double waitForOutbox(Connection db, long started) throws SQLException, InterruptedException {
        while (true) {
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select count(*) from outbox_event")) {
                rs.next();
                if (rs.getLong(1) == 0) {
                    return (System.nanoTime() - started) / 1e9;
                }
            }
            Thread.sleep(100);
        }
    }

    /** Events ever written to the outbox (the relay deletes the rows; their identity sequence keeps counting). */
    static long eventsWritten(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select coalesce(last_value, 0) from pg_sequences "
                + "where schemaname = 'public' and sequencename = split_part(pg_get_serial_sequence('outbox_event', 'seq'), '.', 2)")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Each load starts from a fresh checkpoint, so that neither pays for the other's dirty pages. */
    static void checkpoint(Connection admin) throws SQLException {
        try (Statement s = admin.createStatement()) {
            s.execute("checkpoint");
        }
    }

    static Process startService(Path root, Path jar, Stack stack, String jdbcUrl, int port, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(ServiceProcess.RUN_COMMAND_JVM);
        // the run command's STYRPLAN_SERVICE_JVM_OPTIONS / STYRPLAN_INDICATOR_SERVICE_JVM_OPTIONS, for experiments
        List<String> extra = ServiceProcess.extraJvmOptions(System.getenv(), "indicator-service");
        if (!extra.isEmpty()) {
            command.addAll(extra);
            System.out.println("service JVM options added: " + String.join(" ", extra));
        }
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(root.resolve("indicator-service").toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.putAll(ServiceProcess.RUN_COMMAND_ENV);
        env.put("HTTP_PORT", Integer.toString(port));
        env.put("DB_URL", jdbcUrl);
        env.put("DB_USER", "indicator");
        env.put("DB_PASSWORD", "indicator");
        env.put("KAFKA_BOOTSTRAP_SERVERS", stack.kafka().bootstrapServers());
        env.put("OIDC_SERVER_URL", stack.keycloak().realmUrl());
        if (Boolean.getBoolean("bench.debug")) {
            env.put("QUARKUS_LOG_CATEGORY__SE_STYRPLAN_INDICATOR_IMPORTS__LEVEL", "DEBUG");
            System.out.println("service log: " + log);
        }
        return builder.start();
    }

    static void waitReady(String url, Process service) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                throw new IllegalStateException("indicator-service exited with " + service.exitValue());
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url + "/q/health/ready")).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not yet listening
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("indicator-service was not ready within 120 s");
    }

    /** Samples the service's peak resident set (VmHWM) from /proc until interrupted. */
    static final class RssWatch extends Thread {
        private final long pid;
        volatile long peakKb;

        RssWatch(long pid) {
            super("rss-watch");
            this.pid = pid;
        }

        @Override
        public void run() {
            while (true) {
                peakKb = Math.max(peakKb, read("VmHWM:"));
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    peakKb = Math.max(peakKb, read("VmHWM:"));
                    return;
                }
            }
        }

        long read(String field) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                    if (line.startsWith(field)) {
                        return Long.parseLong(line.replaceAll("\\D", ""));
                    }
                }
            } catch (IOException | NumberFormatException e) {
                // the process ended
            }
            return 0;
        }
    }

    static String key(int k) {
        return String.format("kpi-%05d", k);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0] + " " + Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[1]
                    + " " + Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    static String memory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"), StandardCharsets.UTF_8)) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024 / 1024 + " GiB RAM";
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return "unknown RAM";
    }

}
