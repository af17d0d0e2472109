package se.styrplan.devstack.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.styrplan.devstack.DevstackException;
import se.styrplan.devstack.process.ManagedProcess;
import se.styrplan.devstack.process.Waits;

/**
 * Keycloak from {@code org.keycloak:keycloak-quarkus-dist} (resolved by Maven), unpacked once per machine
 * into {@code ~/.cache/styrplan}, run in dev mode on loopback with its data in a folder of ours. The realm is
 * (re)created through the admin REST API whenever the realm file changes, so editing the JSON is enough.
 */
public final class KeycloakServer {

    public static final String REALM = "styrplan";
    private static final String BOOTSTRAP_ADMIN = "admin";
    private static final String BOOTSTRAP_PASSWORD = "admin";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Path baseDir;
    private final int port;
    private final int managementPort;

    public KeycloakServer(Path baseDir, int port, int managementPort) {
        this.baseDir = baseDir;
        this.port = port;
        this.managementPort = managementPort;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public String realmUrl() {
        return url() + "/realms/" + REALM;
    }

    public ManagedProcess start(long owner, Path log, Path guard) {
        Path home = unpackedDistribution();
        List<String> command = List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port,
                "--http-management-port=" + managementPort,
                "--hostname=" + url(),
                "--health-enabled=true",
                "--db-url=jdbc:h2:file:" + baseDir.resolve("data/keycloakdb") + ";NON_KEYWORDS=VALUE");
        Map<String, String> env = Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", BOOTSTRAP_ADMIN,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", BOOTSTRAP_PASSWORD,
                "JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1",
                "JAVA_HOME", System.getProperty("java.home"));
        try {
            Files.createDirectories(baseDir.resolve("data"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ManagedProcess process = ManagedProcess.start("Keycloak", command, baseDir, env, log, owner, "TERM", guard);
        // the first start on a machine also builds Keycloak's optimised image: allow for it
        Waits.until("Keycloak on port " + port, Duration.ofSeconds(240), process, this::isReady);
        return process;
    }

    /** Imports the realm unless the same file was imported before; replaces it when the file changed. */
    public void ensureRealm(Path realmFile) {
        try {
            String realm = Files.readString(realmFile);
            String hash = sha256(realm);
            Path marker = baseDir.resolve("realm.sha256");
            String token = adminToken();
            boolean exists = send(HttpRequest.newBuilder(URI.create(url() + "/admin/realms/" + REALM))
                    .header("Authorization", "Bearer " + token).GET()).statusCode() == 200;
            if (exists && Files.exists(marker) && Files.readString(marker).equals(hash)) {
                return;
            }
            if (exists) {
                send(HttpRequest.newBuilder(URI.create(url() + "/admin/realms/" + REALM))
                        .header("Authorization", "Bearer " + token).DELETE());
            }
            HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(url() + "/admin/realms"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(realm)));
            if (created.statusCode() != 201) {
                throw new DevstackException("Keycloak refused the realm " + realmFile + " (HTTP " + created.statusCode() + "): "
                        + created.body());
            }
            Files.writeString(marker, hash);
        } catch (IOException e) {
            throw new DevstackException("Could not import the realm " + realmFile + " into Keycloak: " + e.getMessage(), e);
        }
    }

    private boolean isReady() {
        try {
            return send(HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + "/health/ready")).GET())
                    .statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private String adminToken() throws IOException {
        String form = "grant_type=password&client_id=admin-cli&username=" + enc(BOOTSTRAP_ADMIN) + "&password=" + enc(BOOTSTRAP_PASSWORD);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (response.statusCode() != 200) {
            throw new DevstackException("Keycloak's bootstrap admin could not log in (HTTP " + response.statusCode() + ").");
        }
        return json.readTree(response.body()).path("access_token").asText();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** Unpacks the distribution once per machine and version; concurrent builds wait for each other. */
    private static Path unpackedDistribution() {
        Properties build = buildProperties();
        String version = build.getProperty("keycloak.version");
        Path zip = Path.of(build.getProperty("keycloak.dist.zip"));
        Path cache = Path.of(System.getProperty("user.home"), ".cache", "styrplan");
        Path home = cache.resolve("keycloak-" + version);
        if (Files.exists(home.resolve(".complete"))) {
            return home;
        }
        if (!Files.exists(zip)) {
            throw new DevstackException("The Keycloak distribution " + zip + " is missing: rebuild the devstack module "
                    + "(mvn -pl deploy/devstack package) to fetch it.");
        }
        try {
            Files.createDirectories(cache);
            try (FileChannel channel = FileChannel.open(cache.resolve("keycloak.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = channel.lock()) {
                if (!Files.exists(home.resolve(".complete"))) {
                    Unzip.extract(zip, cache);
                    try (var scripts = Files.newDirectoryStream(home.resolve("bin"), "*.sh")) {
                        scripts.forEach(script -> script.toFile().setExecutable(true));
                    }
                    Files.writeString(home.resolve(".complete"), version);
                }
            }
            return home;
        } catch (IOException e) {
            throw new DevstackException("Could not unpack Keycloak into " + cache + ": " + e.getMessage(), e);
        }
    }

    private static Properties buildProperties() {
        Properties properties = new Properties();
        try (InputStream in = KeycloakServer.class.getResourceAsStream("/se/styrplan/devstack/devstack.properties")) {
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
