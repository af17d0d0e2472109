package se.styrplan.gateway.signin;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A small browser for the sign-in tests: follows redirects, keeps cookies, reads and submits HTML forms
 * (Keycloak's login and update-password pages). The gateway is addressed as the realm knows it,
 * {@code http://localhost:8080} (the only redirect URI the client {@code styrplan-gateway} accepts), and reached at
 * the test port: requests to that address go to the test port with {@code Host: localhost:8080}.
 */
public final class Browser {

    public static final String GATEWAY = "http://localhost:8080";
    private static final String GATEWAY_AUTHORITY = "localhost:8080";
    private static final int MAX_REDIRECTS = 20;

    // HTTP/1.1, as browsers speak without TLS (and an HTTP/2 request may not carry a Host differing from :authority)
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI testPort;
    private final Map<String, String> gatewayHeaders = new LinkedHashMap<>();
    private final Map<String, StoredCookie> cookies = new LinkedHashMap<>();
    /** Every response seen, in order, redirects included. */
    public final List<Page> history = new ArrayList<>();

    /** @param testPort where the gateway really listens, e.g. http://localhost:41234/ */
    public Browser(URI testPort) {
        this.testPort = testPort;
    }

    /** A header added to every request to the gateway (e.g. X-Forwarded-Proto from a TLS proxy). */
    public Browser withGatewayHeader(String name, String value) {
        gatewayHeaders.put(name, value);
        return this;
    }

    public record Page(int status, URI url, java.net.http.HttpHeaders headers, String body) {
        public Optional<String> location() {
            return headers.firstValue("Location");
        }

        public List<String> setCookies() {
            return headers.allValues("Set-Cookie");
        }

        public boolean isGateway() {
            return GATEWAY_AUTHORITY.equals(url.getRawAuthority());
        }

        public boolean hasForm(String id) {
            return body.contains("id=\"" + id + "\"");
        }
    }

    /** GET, following redirects; returns the last page. */
    public Page get(String url) {
        return follow(send("GET", URI.create(url), null, Map.of()));
    }

    /** GET with extra headers, without following a redirect. */
    public Page fetch(String url, Map<String, String> headers) {
        return send("GET", URI.create(url), null, headers);
    }

    /** Fills the page's form (its hidden inputs plus these fields) and submits it, following redirects. */
    public Page submit(Page page, Map<String, String> fields) {
        Matcher form = Pattern.compile("<form[^>]*action=\"([^\"]*)\"[^>]*>(.*?)</form>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE)
                .matcher(page.body());
        if (!form.find()) {
            throw new AssertionError("No form on " + page.url() + ":\n" + page.body());
        }
        URI action = page.url().resolve(unescape(form.group(1)));
        Map<String, String> values = new LinkedHashMap<>();
        Matcher input = Pattern.compile("<input([^>]*)>", Pattern.CASE_INSENSITIVE).matcher(form.group(2));
        while (input.find()) {
            String attributes = input.group(1);
            String type = attribute(attributes, "type").orElse("text").toLowerCase(Locale.ROOT);
            Optional<String> name = attribute(attributes, "name");
            if (name.isPresent() && type.equals("hidden")) {
                values.put(name.get(), attribute(attributes, "value").orElse(""));
            }
        }
        values.putAll(fields);
        String body = values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return follow(send("POST", action, body, Map.of()));
    }

    /** The pages seen, one line each, for assertion messages. */
    public String trace() {
        return history.stream().map(p -> p.status() + " " + p.url() + p.location().map(l -> " -> " + l).orElse("")
                + (p.setCookies().isEmpty() ? "" : " set " + p.setCookies().stream().map(c -> c.substring(0, Math.min(c.length(), 40))).toList()))
                .collect(Collectors.joining("\n", "\n", "\n"));
    }

    public Optional<String> cookie(String name) {
        return cookies.values().stream().filter(c -> c.name.equals(name)).map(c -> c.value).findFirst();
    }

    /** The names of the cookies the browser holds for the gateway's path /. */
    public List<String> cookieNames() {
        return cookies.values().stream().map(c -> c.name).toList();
    }

    public void setCookie(String name, String value) {
        cookies.put(name + "|/", new StoredCookie(name, value, "/"));
    }

    private Page follow(Page page) {
        Page current = page;
        for (int i = 0; i < MAX_REDIRECTS && current.status() / 100 == 3 && current.location().isPresent(); i++) {
            current = send("GET", current.url().resolve(current.location().get()), null, Map.of());
        }
        return current;
    }

    private Page send(String method, URI url, String form, Map<String, String> extraHeaders) {
        boolean toGateway = GATEWAY_AUTHORITY.equals(url.getRawAuthority());
        URI target = toGateway
                ? URI.create(testPort.getScheme() + "://" + testPort.getRawAuthority() + url.getRawPath()
                        + (url.getRawQuery() != null ? "?" + url.getRawQuery() : ""))
                : url;
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html,application/json;q=0.9,*/*;q=0.8");
        if (toGateway) {
            request.header("Host", GATEWAY_AUTHORITY);
            gatewayHeaders.forEach(request::header);
        }
        extraHeaders.forEach(request::header);
        String cookieHeader = cookies.values().stream().filter(c -> (url.getRawPath().isEmpty() ? "/" : url.getRawPath()).startsWith(c.path))
                .map(c -> c.name + "=" + c.value).collect(Collectors.joining("; "));
        if (!cookieHeader.isEmpty()) {
            request.header("Cookie", cookieHeader);
        }
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded").method(method, HttpRequest.BodyPublishers.ofString(form));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Page page = new Page(response.statusCode(), url, response.headers(), response.body());
            page.setCookies().forEach(this::store);
            history.add(page);
            return page;
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record StoredCookie(String name, String value, String path) {
    }

    private void store(String setCookie) {
        String[] parts = setCookie.split(";");
        int eq = parts[0].indexOf('=');
        String name = parts[0].substring(0, eq).trim();
        String value = parts[0].substring(eq + 1).trim();
        String path = "/";
        boolean expired = value.isEmpty();
        for (int i = 1; i < parts.length; i++) {
            String attribute = parts[i].trim();
            String lower = attribute.toLowerCase(Locale.ROOT);
            if (lower.startsWith("path=")) {
                path = attribute.substring(5);
            } else if (lower.equals("max-age=0") || lower.startsWith("expires=thu, 01 jan 1970") || lower.startsWith("expires=thu, 01-jan-1970")) {
                expired = true;
            }
        }
        String key = name + "|" + path;
        if (expired) {
            cookies.remove(key);
        } else {
            cookies.put(key, new StoredCookie(name, value, path));
        }
    }

    private static Optional<String> attribute(String attributes, String name) {
        Matcher m = Pattern.compile("(?:^|\\s)" + name + "=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE).matcher(attributes);
        return m.find() ? Optional.of(unescape(m.group(1))) : Optional.empty();
    }

    static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&#x3D;", "=").replace("&#61;", "=");
    }
}
