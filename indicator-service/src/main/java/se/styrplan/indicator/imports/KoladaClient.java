package se.styrplan.indicator.imports;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Kolada's API v3 ({@code styrplan.kolada.base-url}; never a URL a user gave): the data of KPIs for municipalities,
 * at most 25 ids per path parameter, following {@code next_url} page by page, since {@code from_date} when given.
 * Retries with exponential backoff on 429 and 5xx (and a lost connection), honouring Retry-After. Every page is
 * checked before it is used: a malformed one is a {@link Malformed}, naming the page and what is wrong.
 */
@ApplicationScoped
public class KoladaClient {

    private static final Logger LOG = Logger.getLogger(KoladaClient.class);
    static final int MAX_IDS = 25;
    private static final Pattern KPI = Pattern.compile("^[A-Z][0-9]{5}$");
    private static final Pattern AREA = Pattern.compile("^[0-9]{4}$");
    private static final Pattern PERIOD = Pattern.compile("^[0-9]{4}(H[12])?$");

    @ConfigProperty(name = "styrplan.kolada.base-url", defaultValue = "https://api.kolada.se/v3")
    String baseUrl;

    @ConfigProperty(name = "styrplan.kolada.per-page", defaultValue = "5000")
    int perPage;

    @ConfigProperty(name = "styrplan.kolada.max-attempts", defaultValue = "5")
    int maxAttempts;

    @ConfigProperty(name = "styrplan.kolada.backoff", defaultValue = "PT1S")
    Duration backoff;

    @Inject
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** One value of a data row: a KPI's value for a municipality, period and gender. */
    public record Value(String kpi, String municipality, String period, String gender, java.math.BigDecimal value, String status,
            boolean deleted) {
    }

    /** A page or response that is not what the API documents: the sync fails with this reason and applies nothing. */
    public static final class Malformed extends RuntimeException {
        Malformed(String message) {
            super(message);
        }
    }

    /** Kolada could not be reached or kept refusing, after every retry. */
    public static final class Unavailable extends RuntimeException {
        Unavailable(String message) {
            super(message);
        }
    }

    /** Called after each request, for the job's progress. */
    public interface Progress {
        void request(int done);
    }

    /** Which of these KPI ids Kolada's catalogue has ({@code /kpi/{ids}}): Kolada revises and removes KPIs without notice. */
    public java.util.Set<String> kpis(Collection<String> ids, Progress progress) {
        java.util.Set<String> known = new java.util.TreeSet<>();
        int requests = 0;
        for (List<String> batch : batches(ids)) {
            String url = baseUrl + "/kpi/" + String.join(",", batch) + "?per_page=" + perPage;
            int page = 1;
            while (url != null) {
                JsonNode body = get(url, page);
                progress.request(++requests);
                String where = "page " + page + " of " + url.substring(baseUrl.length());
                if (!body.isObject() || !body.path("values").isArray()) {
                    throw new Malformed(where + ": not an object with a 'values' array");
                }
                for (JsonNode kpi : body.path("values")) {
                    String id = kpi.path("id").asText(null);
                    if (id == null || !KPI.matcher(id).matches()) {
                        throw new Malformed(where + ": a KPI's id is " + kpi.path("id"));
                    }
                    if (!kpi.path("is_deleted").asBoolean(false) && !kpi.path("isdeleted").asBoolean(false)) {
                        known.add(id);
                    }
                }
                url = next(body, where);
                page++;
            }
        }
        known.retainAll(ids);
        return known;
    }

    /** Every value of these KPIs for these municipalities (changed since {@code fromDate}, when given). */
    public List<Value> data(Collection<String> kpis, Collection<String> municipalities, LocalDate fromDate, Progress progress) {
        List<Value> values = new ArrayList<>();
        int requests = 0;
        for (List<String> kpiBatch : batches(kpis)) {
            for (List<String> areaBatch : batches(municipalities)) {
                String url = baseUrl + "/data/kpi/" + String.join(",", kpiBatch) + "/municipality/" + String.join(",", areaBatch)
                        + "?per_page=" + perPage + (fromDate == null ? "" : "&from_date=" + URLEncoder.encode(fromDate.toString(),
                                StandardCharsets.UTF_8));
                int page = 1;
                while (url != null) {
                    JsonNode body = get(url, page);
                    progress.request(++requests);
                    url = read(body, url, page, kpiBatch, areaBatch, values);
                    page++;
                }
            }
        }
        return values;
    }

    /** Adds a page's values; returns the next page's URL, or null. */
    private String read(JsonNode body, String url, int page, List<String> kpis, List<String> areas, List<Value> values) {
        String where = "page " + page + " of " + url.substring(baseUrl.length());
        if (!body.isObject() || !body.path("values").isArray()) {
            throw new Malformed(where + ": not an object with a 'values' array");
        }
        for (JsonNode row : body.path("values")) {
            String kpi = row.path("kpi").asText(null);
            String area = row.path("municipality").asText(null);
            String period = row.path("period").isNumber() || row.path("period").isTextual() ? row.path("period").asText() : null;
            if (kpi == null || !KPI.matcher(kpi).matches() || !kpis.contains(kpi)) {
                throw new Malformed(where + ": a row's kpi is " + row.path("kpi") + ", not one of those asked for");
            }
            if (area == null || !AREA.matcher(area).matches() || !areas.contains(area)) {
                throw new Malformed(where + ": a row's municipality is " + row.path("municipality") + ", not one of those asked for");
            }
            if (period == null || !PERIOD.matcher(period).matches()) {
                throw new Malformed(where + ": a row's period is " + row.path("period") + ", not a year");
            }
            if (!row.path("values").isArray()) {
                throw new Malformed(where + ": the row " + kpi + "/" + area + "/" + period + " has no 'values' array");
            }
            boolean rowDeleted = row.path("isdeleted").asBoolean(false);
            for (JsonNode v : row.path("values")) {
                String gender = v.path("gender").asText(null);
                if (gender == null || !gender.matches("T|K|M")) {
                    throw new Malformed(where + ": a value of " + kpi + "/" + area + "/" + period + " has the gender " + v.path("gender"));
                }
                JsonNode number = v.path("value");
                if (!number.isMissingNode() && !number.isNull() && !number.isNumber()) {
                    throw new Malformed(where + ": the value of " + kpi + "/" + area + "/" + period + "/" + gender + " is " + number
                            + ", not a number");
                }
                values.add(new Value(kpi, area, period, gender, number.isNumber() ? number.decimalValue() : null,
                        v.path("status").asText(""), rowDeleted || v.path("isdeleted").asBoolean(false)));
            }
        }
        return next(body, where);
    }

    /** The next page's URL, or null; only ever Kolada itself: a next_url elsewhere is refused, not followed. */
    private String next(JsonNode body, String where) {
        JsonNode next = body.path("next_url");
        if (next.isMissingNode() || next.isNull() || next.asText().isEmpty()) {
            return null;
        }
        if (!next.asText().startsWith(baseUrl + "/")) {
            throw new Malformed(where + ": next_url " + next.asText() + " is not on " + baseUrl);
        }
        return next.asText();
    }

    /**
     * A page, retried by hand rather than with SmallRye Fault Tolerance's {@code @Retry}: the wait must follow the
     * server's Retry-After when it sends one, which a fixed or exponential policy cannot.
     */
    private JsonNode get(String url, int page) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60)).GET().build();
        String why = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            Duration wait = backoff.multipliedBy(1L << (attempt - 1));
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status == 200) {
                    try {
                        return json.readTree(response.body());
                    } catch (IOException e) {
                        throw new Malformed("page " + page + " of " + url.substring(baseUrl.length()) + ": not JSON");
                    }
                }
                if (status != 429 && status < 500) {
                    throw new Unavailable("Kolada answered " + status + " to " + url.substring(baseUrl.length()));
                }
                why = "HTTP " + status;
                wait = retryAfter(response).orElse(wait);
            } catch (IOException e) {
                why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Unavailable("interrupted");
            }
            if (attempt < maxAttempts) {
                LOG.infof("Kolada: %s for %s; attempt %d of %d in %d ms", why, url, attempt + 1, maxAttempts, wait.toMillis());
                sleep(wait);
            }
        }
        throw new Unavailable("Kolada did not answer " + url.substring(baseUrl.length()) + " after " + maxAttempts + " attempts (" + why + ")");
    }

    private static Optional<Duration> retryAfter(HttpResponse<String> response) {
        return response.headers().firstValue("Retry-After").flatMap(v -> {
            try {
                return Optional.of(Duration.ofSeconds(Math.min(300, Long.parseLong(v.trim()))));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted");
        }
    }

    static <T> List<List<T>> batches(Collection<T> ids) {
        List<T> all = new ArrayList<>(ids);
        List<List<T>> batches = new ArrayList<>();
        for (int from = 0; from < all.size(); from += MAX_IDS) {
            batches.add(all.subList(from, Math.min(all.size(), from + MAX_IDS)));
        }
        return batches;
    }
}
