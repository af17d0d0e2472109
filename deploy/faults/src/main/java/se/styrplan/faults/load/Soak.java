package se.styrplan.faults.load;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.styrplan.faults.platform.Tokens;

/**
 * A steady mixed load for a given time, no fault: a small bulk import every 15 s (new keys), a manual entry or
 * correction of 1–3 of Karlstad's values 2015–2025 every second through the gateway (these change statuses), and
 * reads through the gateway with a real token at about 10 a second: the goals report, an indicator's series and
 * status, the plans and the plan tree.
 */
public final class Soak {

    /** A value entered by hand, by its key; the last one sent is the one that must be stored. */
    public record ManualKey(UUID indicator, String area, String period) {
    }

    public record Entry(BigDecimal value, String status) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OWN_AREA = "1780";

    private final HttpClient http;
    private final String gateway;
    private final String indicatorUrl;
    private final Tokens tokens;
    private final KeySpace space;
    private final Catalogue catalogue;
    private final Duration duration;
    private final int bulkValues;
    private final Map<ManualKey, Entry> manual = new ConcurrentHashMap<>();
    private final AtomicLong bulkDelivered = new AtomicLong();
    private final AtomicLong bulkRequests = new AtomicLong();
    private final AtomicLong entryRequests = new AtomicLong();
    private final AtomicLong reads = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> readMicros = Collections.synchronizedList(new ArrayList<>());

    public Soak(HttpClient http, String gateway, String indicatorUrl, Tokens tokens, KeySpace space, Catalogue catalogue, Duration duration,
            int bulkValues) {
        this.http = http;
        this.gateway = gateway;
        this.indicatorUrl = indicatorUrl;
        this.tokens = tokens;
        this.space = space;
        this.catalogue = catalogue;
        this.duration = duration;
        this.bulkValues = bulkValues;
    }

    public void run() throws InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        List<Thread> threads = List.of(
                loop("soak-bulk", end, Duration.ofSeconds(15), this::bulk),
                loop("soak-entries", end, Duration.ofSeconds(1), this::entries),
                loop("soak-reads", end, Duration.ofMillis(100), this::read));
        for (Thread t : threads) {
            t.join();
        }
    }

    private Thread loop(String name, long end, Duration every, Step step) {
        Thread thread = new Thread(() -> {
            Random random = new Random(name.hashCode());
            long next = System.nanoTime();
            while (System.nanoTime() < end) {
                try {
                    step.run(random);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    error(name + ": " + e);
                }
                next += every.toNanos();
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    try {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }, name);
        thread.start();
        return thread;
    }

    private interface Step {
        void run(Random random) throws Exception;
    }

    private void bulk(Random random) throws InterruptedException {
        BulkImport batch = new BulkImport(http, indicatorUrl, tokens, space, bulkValues, bulkValues, Duration.ZERO, random);
        batch.run();
        bulkRequests.incrementAndGet();
        bulkDelivered.addAndGet(batch.delivered());
        if (batch.retries() > 0) {
            error("bulk import retried after " + batch.failures());
        }
    }

    private void entries(Random random) throws Exception {
        Catalogue.Indicator indicator = catalogue.indicators().get(random.nextInt(catalogue.indicators().size()));
        int count = 1 + random.nextInt(3);
        List<Integer> years = new ArrayList<>(List.of(2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025));
        Collections.shuffle(years, random);
        List<Map<String, Object>> values = new ArrayList<>();
        List<ManualKey> keys = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        for (int year : years.subList(0, count)) {
            BigDecimal value = new BigDecimal(CsvBatch.value(indicator.unit(), random));
            values.add(Map.of("areaCode", OWN_AREA, "period", Integer.toString(year), "gender", "T", "value", value, "status", "final"));
            keys.add(new ManualKey(indicator.id(), OWN_AREA, Integer.toString(year)));
            entries.add(new Entry(value, "final"));
        }
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(gateway + "/api/indicators/definitions/" + indicator.id() + "/values"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(values))));
        entryRequests.incrementAndGet();
        if (response != null && response.statusCode() == 200) {
            for (int i = 0; i < keys.size(); i++) {
                manual.put(keys.get(i), entries.get(i));
            }
        }
    }

    private void read(Random random) throws Exception {
        Catalogue.Indicator indicator = catalogue.indicators().get(random.nextInt(catalogue.indicators().size()));
        String path = switch ((int) (reads.get() % 5)) {
            case 0 -> "/api/reports/goals";
            case 1 -> "/api/indicators/definitions/" + indicator.id() + "/series?area=" + OWN_AREA;
            case 2 -> "/api/reports/indicators/" + indicator.id() + "/status";
            case 3 -> "/api/plan/plans";
            default -> planTree();
        };
        long started = System.nanoTime();
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(gateway + path)).GET());
        if (response != null && response.statusCode() == 200) {
            readMicros.add((System.nanoTime() - started) / 1000);
        }
        reads.incrementAndGet();
    }

    private volatile String treePath;

    private String planTree() throws Exception {
        if (treePath == null) {
            HttpResponse<String> plans = send(HttpRequest.newBuilder(URI.create(gateway + "/api/plan/plans")).GET());
            if (plans == null || plans.statusCode() != 200) {
                return "/api/plan/plans";
            }
            for (JsonNode plan : JSON.readTree(plans.body()).path("items")) {
                if (plan.hasNonNull("currentVersionId")) {
                    treePath = "/api/plan/versions/" + plan.path("currentVersionId").asText() + "/tree";
                }
            }
        }
        return treePath == null ? "/api/plan/plans" : treePath;
    }

    /** Sends with the token; an answer other than 200 and a request without an answer are errors of the soak. */
    private HttpResponse<String> send(HttpRequest.Builder request) throws InterruptedException {
        try {
            HttpResponse<String> response = http.send(request.header("Authorization", "Bearer " + tokens.get())
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                error(response.request().method() + " " + response.uri().getPath() + ": HTTP " + response.statusCode() + " "
                        + response.body().substring(0, Math.min(200, response.body().length())));
            }
            return response;
        } catch (java.io.IOException e) {
            error("no answer: " + e);
            return null;
        }
    }

    private void error(String what) {
        errors.incrementAndGet();
        if (errorSamples.size() < 5) {
            errorSamples.add(what);
        }
    }

    public Map<ManualKey, Entry> manualValues() {
        return Map.copyOf(manual);
    }

    public long bulkDelivered() {
        return bulkDelivered.get();
    }

    public long bulkRequests() {
        return bulkRequests.get();
    }

    public long entryRequests() {
        return entryRequests.get();
    }

    public long reads() {
        return reads.get();
    }

    public long errors() {
        return errors.get();
    }

    public List<String> errorSamples() {
        return List.copyOf(errorSamples);
    }

    /** The reads' latency percentile in milliseconds (closed loop: for orientation, not a benchmark). */
    public double readMillis(double percentile) {
        List<Long> sorted;
        synchronized (readMicros) {
            sorted = new ArrayList<>(readMicros);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(percentile / 100 * sorted.size()))) / 1000.0;
    }
}
