package se.styrplan.faults;

import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import se.styrplan.faults.load.BulkImport;
import se.styrplan.faults.load.Catalogue;
import se.styrplan.faults.load.KeySpace;
import se.styrplan.faults.load.Soak;
import se.styrplan.faults.measure.ConsistencyCall;
import se.styrplan.faults.measure.Databases;
import se.styrplan.faults.measure.Kafka;
import se.styrplan.faults.platform.FaultPlatform;
import se.styrplan.faults.scenario.Checks;
import se.styrplan.faults.scenario.Fault;
import se.styrplan.faults.scenario.Faults;
import se.styrplan.faults.scenario.Outcome;
import se.styrplan.faults.scenario.SentValues;

/**
 * The fault run (deploy/faults/run.sh, docs/faults.md): on a platform of its own, four faults each during a bulk
 * import, then a soak; after each, the checks of {@link Checks}; PASS or FAIL per scenario and overall (exit code 1).
 */
public final class FaultRun {

    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    public static void main(String[] args) throws Exception {
        Settings settings;
        try {
            settings = Settings.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(Settings.USAGE);
            System.exit(2);
            return;
        }
        Path root = Path.of(System.getProperty("styrplan.root", ".")).toAbsolutePath().normalize();
        Path work = root.resolve("deploy/faults/target/run");
        System.exit(new FaultRun().run(root, work, settings) ? 0 : 1);
    }

    boolean run(Path root, Path work, Settings settings) throws Exception {
        OUT.println("== Styrplan fault run ==");
        OUT.println("started " + OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS) + "; machine: " + Machine.describe());
        OUT.printf(Locale.ROOT, "settings: %,d values per fault scenario in bulk requests of %,d spread over >= %d s; soak %.1f min; "
                + "recovery allowed %d s%n", settings.valuesPerScenario(), settings.batch(), settings.importSpread().toSeconds(),
                settings.soak().toSeconds() / 60.0, settings.recoverTimeout().toSeconds());
        for (String dir : List.of("logs", "apps")) {
            deleteTree(work.resolve(dir));
        }
        long t0 = System.nanoTime();
        OUT.println("starting PostgreSQL, Kafka (with a proxied listener) and Keycloak of its own, then the four services "
                + "(logs in " + root.relativize(work) + "/logs and " + root.relativize(work) + "/stack/logs) ...");
        Path apps = Path.of(System.getProperty("faults.apps-root", root.toString())).toAbsolutePath().normalize();
        if (!apps.equals(root)) {
            OUT.println("  the services' packaged applications come from " + apps);
        }
        FaultPlatform platform = FaultPlatform.start(root, apps, work);
        try {
            OUT.printf(Locale.ROOT, "  up after %.1f s; Kafka proxy on port %d for indicator-service and reporting-service%n",
                    (System.nanoTime() - t0) / 1e9, platform.proxy().port());
            OUT.println("  seed: " + platform.seed(root));
            return scenarios(root, work, settings, platform);
        } finally {
            platform.close();
        }
    }

    private boolean scenarios(Path root, Path work, Settings settings, FaultPlatform platform) throws Exception {
        Catalogue catalogue = Catalogue.fromSeed(root.resolve("deploy/seed"));
        KeySpace space = new KeySpace(catalogue, platform.areas(), 42);
        OUT.printf(Locale.ROOT, "  value keys: %d catalogue indicators × %d areas × %d–%d × genders = %,d, each used once%n",
                catalogue.indicators().size(), platform.areas().size(), KeySpace.FIRST_YEAR, KeySpace.LAST_YEAR, space.size());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        Databases db = new Databases(platform);
        Kafka kafka = new Kafka(platform.kafkaBootstrap());
        SentValues sent = new SentValues();
        Checks checks = new Checks(db, kafka, new ConsistencyCall(platform.service("reporting-service").url(), platform.admin()),
                platform.service("reporting-service").log(), sent);
        Random random = new Random(7);
        List<Outcome> outcomes = new ArrayList<>();
        String indicatorUrl = platform.service("indicator-service").url();

        // the seed's own events settle first, so that every scenario starts from a quiet platform
        Checks.Result baseline = checks.awaitRecovery(System.nanoTime(), settings.recoverTimeout(), 0);
        long produced = baseline.produced();
        OUT.printf(Locale.ROOT, "  after the seed: %,d events on the topics, %,d values; checks %s%n", produced,
                baseline.observation().sourceRows(), baseline.verdict().passed() ? "pass" : "FAIL: " + baseline.verdict().failures());

        for (int number : settings.scenarios()) {
            if (number == 5) {
                outcomes.add(soak(settings, platform, http, space, catalogue, checks, sent, produced));
            } else {
                Fault fault = Faults.of(number, db, kafka, settings.postgresDown());
                OUT.printf("%n== %d. %s ==%n", number, fault.title());
                BulkImport load = new BulkImport(http, indicatorUrl, platform.admin(), space, settings.valuesPerScenario(), settings.batch(),
                        settings.importSpread(), random);
                load.startInBackground("import-" + number);
                Fault.Done done = fault.inject(platform, load);
                done.notes().forEach(n -> OUT.println("  fault: " + n));
                if (!load.await(Duration.ofMinutes(15))) {
                    OUT.println("  the import did not end within 15 minutes");
                }
                sent.addBulk(load.delivered());
                OUT.printf(Locale.ROOT, "  import: %,d values in %d bulk requests in %.1f s; %s%n", load.delivered(), load.requests(),
                        load.seconds(), load.retries() == 0 ? "no request failed"
                                : load.retries() + " failed attempts sent again (" + load.failures() + ")" + (load.gaveUp() ? ", then GAVE UP" : ""));
                if (load.firstFailure() != null) {
                    OUT.println("  first failed attempt: " + load.firstFailure());
                }
                OUT.printf(Locale.ROOT, "  the import's last request was answered %.1f s %s the fault's end%n",
                        Math.abs(load.endedAt() - done.endedAt()) / 1e9, load.endedAt() >= done.endedAt() ? "after" : "before");
                Checks.Result result = checks.awaitRecovery(done.endedAt(), settings.recoverTimeout(), load.gaveUp() ? 1 : 0);
                Outcome outcome = new Outcome(number, fault.title(), load.delivered(), produced, result);
                outcome.print(OUT);
                outcomes.add(outcome);
                produced = result.produced();
            }
        }
        Outcome.printSummary(OUT, outcomes);
        boolean passed = outcomes.stream().allMatch(Outcome::passed) && baseline.verdict().passed();
        OUT.println();
        OUT.println((passed ? "PASS" : "FAIL") + ": " + outcomes.stream().filter(Outcome::passed).count() + " of " + outcomes.size()
                + " scenarios passed; finished " + OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS) + "; load average "
                + Machine.loadAverage());
        return passed;
    }

    private Outcome soak(Settings settings, FaultPlatform platform, HttpClient http, KeySpace space, Catalogue catalogue, Checks checks,
            SentValues sent, long produced) throws Exception {
        String title = String.format(Locale.ROOT, "soak: %.1f min of steady mixed load, no fault", settings.soak().toSeconds() / 60.0);
        OUT.printf("%n== 5. %s ==%n", title);
        Soak soak = new Soak(http, platform.service("gateway").url(), platform.service("indicator-service").url(), platform.admin(), space,
                catalogue, settings.soak(), 2_000);
        long begin = System.nanoTime();
        soak.run();
        long end = System.nanoTime();
        sent.addBulk(soak.bulkDelivered());
        sent.addManual(soak.manualValues());
        OUT.printf(Locale.ROOT, "  load: %.1f s; %d bulk imports (%,d values), %d manual entries/corrections of Karlstad's values "
                + "(%d keys) through the gateway, %,d reads through the gateway (p50 %.1f ms, p99 %.1f ms, closed loop); %d errors%s%n",
                (end - begin) / 1e9, soak.bulkRequests(), soak.bulkDelivered(), soak.entryRequests(), soak.manualValues().size(), soak.reads(),
                soak.readMillis(50), soak.readMillis(99), soak.errors(), soak.errorSamples().isEmpty() ? "" : " " + soak.errorSamples());
        Checks.Result result = checks.awaitRecovery(end, settings.recoverTimeout(), soak.errors());
        Outcome outcome = new Outcome(5, title, soak.bulkDelivered() + soak.manualValues().size(), produced, result);
        outcome.print(OUT);
        return outcome;
    }

    private static void deleteTree(Path path) throws IOException {
        if (Files.exists(path)) {
            try (var walk = Files.walk(path)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
