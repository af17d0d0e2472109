package se.styrplan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.styrplan.devstack.test.TestStack;

/**
 * The web UI's browser suite (deploy/e2e/browser, playwright-core driving Debian's Chromium) against this platform:
 * real Keycloak logins, the planner's proposal flow by keyboard, an editor's value changing a goal's status without
 * reload, a viewer without edit controls, the public pages, an axe audit of every page. Chromium is installed when
 * missing (as root, from the machine's package sources); the suite never skips.
 */
@Order(Integer.MAX_VALUE - 1) // before the outage test, which takes a service away
class BrowserSuiteTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void theBrowserSuitePassesWithAnAccessibilityAuditOfEveryPage() throws Exception {
        ensureChromium();
        Path suite = TestStack.root().resolve("deploy/e2e/browser");
        Path out = TestStack.root().resolve("deploy/e2e/target/browser");
        Files.createDirectories(out);
        Files.deleteIfExists(out.resolve("suite.log"));
        assertThat(run(suite, out.resolve("npm-install.log"), Map.of(), "npm", "install", "--no-audit", "--no-fund"))
                .as("npm install in deploy/e2e/browser (see target/browser/npm-install.log)").isZero();

        int exit = run(suite, out.resolve("suite.log"), Map.of("BASE_URL", Platform.get().gatewayUrl(), "E2E_OUT", out.toString(),
                "CHROMIUM", CHROMIUM.toString()), "npm", "test");

        String log = Files.readString(out.resolve("suite.log"));
        System.out.println(log.length() > 6000 ? log.substring(log.length() - 6000) : log);
        assertThat(exit).as("the browser suite's exit code (its log: deploy/e2e/target/browser/suite.log)").isZero();
        JsonNode results = new ObjectMapper().readTree(out.resolve("results.json").toFile());
        assertThat(results.path("results")).hasSizeGreaterThanOrEqualTo(6).allSatisfy(step -> assertThat(step.path("ok").asBoolean())
                .as(step.path("name").asText()).isTrue());
        assertThat(results.path("audits")).hasSizeGreaterThan(15)
                .allSatisfy(audit -> assertThat(audit.path("violations").asInt()).as(audit.path("name").asText()).isZero());
    }

    /** Debian's Chromium, installed here when missing and this is root; otherwise a failure that says how. */
    static void ensureChromium() throws IOException, InterruptedException {
        if (Files.isExecutable(CHROMIUM)) {
            return;
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        assertThat(root).as("Chromium is missing: install it with `sudo apt-get install -y chromium`, then run the tests again")
                .isTrue();
        Path log = TestStack.root().resolve("deploy/e2e/target/browser/apt-chromium.log");
        Files.createDirectories(log.getParent());
        System.out.println("Chromium is missing: apt-get install -y chromium (log: " + log + ") ...");
        Map<String, String> noninteractive = Map.of("DEBIAN_FRONTEND", "noninteractive");
        run(Path.of("/"), log, noninteractive, "apt-get", "update");
        int exit = run(Path.of("/"), log, noninteractive, "apt-get", "install", "-y", "--no-install-recommends", "chromium");
        assertThat(exit == 0 && Files.isExecutable(CHROMIUM)).as("apt-get install chromium (see " + log + ")").isTrue();
    }

    private static int run(Path dir, Path log, Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of(command)).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(15, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }
}
