package se.styrplan.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import se.styrplan.devstack.run.ServiceProcess;
import se.styrplan.devstack.test.TestStack;
import se.styrplan.devstack.test.Tokens;

/**
 * The OWASP API Security Top 10 (2023), one test per risk, against the whole running platform through the
 * gateway, with real Keycloak tokens of the realm's demo users (anna admin, petra planner, erik editor of
 * Miljöförvaltningen, karin editor of Arbetsmarknads- och socialförvaltningen, victor viewer, bo and sara of the
 * party groups). Each test collects every violation it finds (soft assertions) so one run shows them all.
 */
@Order(2)
@TestMethodOrder(MethodOrderer.MethodName.class)
class OwaspApiTop10Test {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROBLEM = "application/problem+json";
    private static final String MILJO = "miljoforvaltningen";
    private static final String ARBETSMARKNAD = "arbetsmarknads-och-socialforvaltningen";
    private static final String DEFINITIONS = "/api/indicators/definitions";

    @Test
    @DisplayName("API1:2023 Broken Object Level Authorization — an editor changes only their own department's values, targets and analyses")
    void api1_brokenObjectLevelAuthorization() {
        String erikIndicator = indicatorOwnedBy(MILJO);
        String karinIndicator = indicatorOwnedBy(ARBETSMARKNAD);
        SoftAssertions soft = new SoftAssertions();

        // erik (Miljöförvaltningen) may not touch Arbetsmarknad's indicator: values, targets, target removal
        expectProblem(soft, "erik records karin's department's values",
                Call.as("erik").contentType("application/json").body(values("2023", "41.5"))
                        .when().put(DEFINITIONS + "/" + karinIndicator + "/values"), 403);
        expectProblem(soft, "erik sets karin's department's target",
                Call.as("erik").contentType("application/json").body("{\"value\": 50}")
                        .when().put(DEFINITIONS + "/" + karinIndicator + "/targets/2030"), 403);
        Call.as("karin").contentType("application/json").body("{\"value\": 50}")
                .when().put(DEFINITIONS + "/" + karinIndicator + "/targets/2030").then().statusCode(200);
        expectProblem(soft, "erik removes karin's department's target",
                Call.as("erik").when().delete(DEFINITIONS + "/" + karinIndicator + "/targets/2030?gender=T"), 403);
        // a bulk load is checked per row: erik's rows for karin's indicator are refused
        // (same rule in the streamed bulk API; covered by indicator-service's own tests)

        // nothing was written by the refusals: the target karin set is still hers, no value exists
        soft.assertThat(Call.as("victor").when().get(DEFINITIONS + "/" + karinIndicator + "/targets").then().extract()
                .jsonPath().getList("value").toString()).as("karin's target survived erik's attempt").contains("50");
        soft.assertThat(Call.as("victor").when().get(DEFINITIONS + "/" + karinIndicator + "/series?area=1780")
                .then().extract().jsonPath().getList("points")).as("no value recorded by erik").isEmpty();

        // the owners themselves (and a planner) may: the refusals above are about the object, not the endpoint
        soft.assertThat(Call.as("karin").contentType("application/json").body(values("2023", "41.5"))
                .when().put(DEFINITIONS + "/" + karinIndicator + "/values").statusCode()).as("karin on her own").isEqualTo(200);
        soft.assertThat(Call.as("erik").contentType("application/json").body(values("2023", "12"))
                .when().put(DEFINITIONS + "/" + erikIndicator + "/values").statusCode()).as("erik on his own").isEqualTo(200);
        soft.assertThat(Call.as("petra").contentType("application/json").body("{\"value\": 10}")
                .when().put(DEFINITIONS + "/" + erikIndicator + "/targets/2030").statusCode()).as("a planner anywhere").isEqualTo(200);

        // the owners' assessments and analyses of goals (reporting-service): a goal belongs to the departments that
        // own its indicators; erik may assess a goal of Miljöförvaltningen's, not one of other departments only
        String assessment = "{\"judgement\": \"delvis_uppfyllt\", \"analysis\": \"Analys från e2e.\"}";
        String othersGoal = goalOwnedBy(d -> !d.isEmpty() && !d.contains(MILJO));
        String erikGoal = goalOwnedBy(d -> d.contains(MILJO));
        expectProblem(soft, "erik assesses another department's goal",
                Call.as("erik").contentType("application/json").body(assessment)
                        .when().put("/api/reports/goals/" + othersGoal + "/assessments/2024"), 403);
        soft.assertThat(Call.as("victor").when().get("/api/reports/goals/" + othersGoal + "/assessments").then().extract()
                .jsonPath().getList("history")).as("no assessment recorded by erik's refused attempt").isEmpty();
        soft.assertThat(Call.as("erik").contentType("application/json").body(assessment)
                .when().put("/api/reports/goals/" + erikGoal + "/assessments/2024").statusCode()).as("erik on his department's goal")
                .isEqualTo(200);
        soft.assertAll();
    }

    /** An adopted goal whose owning departments (reporting-service's view) satisfy {@code owners}, once its read model has them. */
    private static String goalOwnedBy(java.util.function.Predicate<List<String>> owners) {
        return await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2))
                .until(() -> findGoalOwnedBy(owners), java.util.Objects::nonNull);
    }

    private static String findGoalOwnedBy(java.util.function.Predicate<List<String>> owners) {
        List<String> goals = Call.as("victor").when().get("/api/reports/goals").then().statusCode(200).extract().jsonPath()
                .getList("goals.goalId");
        for (String goal : goals) {
            List<String> departments = Call.as("victor").when().get("/api/reports/goals/" + goal + "/assessments").then()
                    .statusCode(200).extract().jsonPath().getList("departments");
            if (owners.test(departments)) {
                return goal;
            }
        }
        return null;
    }

    @Test
    @DisplayName("API2:2023 Broken Authentication — no token, expired, wrong issuer, wrong audience, tampered signature, alg none")
    void api2_brokenAuthentication() {
        String victor = Tokens.of("victor");
        String expiring = KeycloakClients.expiringToken();
        // the same token is accepted while it is valid ...
        Call.withAuthorization("Bearer " + expiring).when().get("/api/me").then().statusCode(200);
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("no token", null);
        refused.put("wrong issuer (Keycloak's master realm)", KeycloakClients.otherRealmToken());
        refused.put("wrong audience (no styrplan-api)", KeycloakClients.tokenWithoutApiAudience());
        refused.put("tampered signature", Jwts.tamperedSignature(victor));
        refused.put("tampered claims (viewer made admin)", Jwts.tamperedClaims(victor));
        refused.put("alg none", Jwts.algNone(victor));
        refused.put("not a JWT", "not-a-token");
        // ... and refused once it has expired
        await().pollDelay(Duration.ofSeconds(KeycloakClients.EXPIRING_LIFESPAN_SECONDS + 1)).atMost(Duration.ofSeconds(30))
                .until(() -> true);
        refused.put("expired", expiring);

        SoftAssertions soft = new SoftAssertions();
        List<String> paths = List.of("/api/me", "/api/plan/plans", DEFINITIONS, "/api/reports/goals", "/api/admin/users");
        refused.forEach((what, token) -> {
            for (String path : paths) {
                RequestSpecification request = token == null ? Call.gateway() : Call.withAuthorization("Bearer " + token);
                Response response = request.when().get(path);
                soft.assertThat(response.statusCode()).as(what + " at the gateway, " + path).isEqualTo(401);
                soft.assertThat(response.contentType()).as(what + " " + path).startsWith(PROBLEM);
                soft.assertThat(response.header("WWW-Authenticate")).as(what + " " + path).startsWith("Bearer");
            }
            // every service checks the token itself too, not only the gateway
            for (ServiceProcess service : Platform.get().services()) {
                String path = Map.of("plan-service", "/api/plan/plans", "indicator-service", DEFINITIONS,
                        "reporting-service", "/api/reports/goals").get(service.name());
                RequestSpecification request = Call.direct(service);
                if (token != null) {
                    request = request.header("Authorization", "Bearer " + token);
                }
                soft.assertThat(request.when().get(path).statusCode()).as(what + " directly at " + service.name()).isEqualTo(401);
            }
        });
        // the real token still works: the refusals were about the tokens
        Call.withAuthorization("Bearer " + victor).when().get("/api/me").then().statusCode(200);
        soft.assertAll();
    }

    @Test
    @DisplayName("API3:2023 Broken Object Property Level Authorization — ids, audit and status fields in a body are refused or ignored")
    void api3_brokenObjectPropertyLevelAuthorization() {
        SoftAssertions soft = new SoftAssertions();
        String key = "e2e-bopla-" + UUID.randomUUID().toString().substring(0, 8);
        String forcedId = UUID.randomUUID().toString();

        // an indicator with server-owned fields smuggled in: refused as unknown fields, or created without them
        Map<String, Object> body = indicatorBody(key, MILJO);
        body.put("id", forcedId);
        body.put("createdBy", "mallory");
        body.put("createdAt", "2000-01-01T00:00:00Z");
        body.put("retired", true);
        body.put("status", "retired");
        body.put("version", 99);
        Response created = Call.as("petra").contentType("application/json").body(body).when().post(DEFINITIONS);
        if (created.statusCode() == 201) {
            JsonNode indicator = json(Call.as("victor").when().get(created.header("Location").replaceFirst("^https?://[^/]+", "")));
            soft.assertThat(indicator.path("id").asText()).as("the server chose the id").isNotEqualTo(forcedId);
            soft.assertThat(indicator.toString()).as("no caller-set audit data").doesNotContain("mallory").doesNotContain("2000-01-01");
            soft.assertThat(indicator.path("retired").asBoolean(false)).as("not retired by a body field").isFalse();
        } else {
            expectProblem(soft, "extra server-owned fields", created, 400);
        }

        // a plan version: the status of a new draft is the server's, not the body's
        String planId = json(Call.as("petra").when().get("/api/plan/plans")).at("/items/0/id").asText();
        Response draft = Call.as("petra").contentType("application/json")
                .body(Map.of("label", "e2e BOPLA " + key, "status", "adopted", "adoptedOn", "2020-01-01", "id", forcedId))
                .when().post("/api/plan/plans/" + planId + "/versions");
        if (draft.statusCode() == 201) {
            JsonNode version = json(draft);
            soft.assertThat(version.path("status").asText()).as("a new version is a draft whatever the body says").isEqualTo("draft");
            soft.assertThat(version.path("id").asText()).isNotEqualTo(forcedId);
        } else {
            expectProblem(soft, "a draft with status fields", draft, 400);
        }

        // user administration: a new user's id and enabled state are not the caller's to set
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", key);
        user.put("email", key + "@example.se");
        user.put("firstName", "E2e");
        user.put("lastName", "Bopla");
        user.put("roles", List.of("viewer"));
        user.put("id", forcedId);
        user.put("createdTimestamp", 0);
        expectProblem(soft, "a user with id and createdTimestamp",
                Call.as("anna").contentType("application/json").body(user).when().post("/api/admin/users"), 400);
        soft.assertAll();
    }

    @Test
    @DisplayName("API4:2023 Unrestricted Resource Consumption — page size cap, upload size cap, rate limit")
    void api4_unrestrictedResourceConsumption() throws IOException {
        SoftAssertions soft = new SoftAssertions();
        // page size: every paged list refuses a huge page
        for (String path : List.of("/api/plan/plans", DEFINITIONS, "/api/indicators/imports", "/api/admin/users",
                "/api/admin/audit", "/api/plan/audit", "/api/indicators/audit", "/api/reports/audit")) {
            expectProblem(soft, path + "?size=100000", Call.as("anna").when().get(path + "?size=100000"), 400);
        }
        // upload size: a declared body above the gateway's 50 MB is refused before a byte of it is read
        String head = rawRequest("POST /api/indicators/imports/files?fileName=big.csv HTTP/1.1\r\n"
                + "Host: localhost\r\nAuthorization: Bearer " + Tokens.of("petra") + "\r\n"
                + "Content-Type: text/csv\r\nContent-Length: " + (60L * 1024 * 1024) + "\r\n\r\n");
        soft.assertThat(head).as("60 MB declared").startsWith("HTTP/1.1 413").contains(PROBLEM);

        // rate limit: one client's requests beyond its limit are 429 problems with Retry-After; others go on
        String sara = Tokens.of("sara");
        int allowed = 0;
        Response limited = null;
        for (int i = 0; i < Platform.CLIENT_REQUESTS_PER_MINUTE * 3 && limited == null; i++) {
            Response response = Call.withAuthorization("Bearer " + sara).when().get("/api/me");
            if (response.statusCode() == 429) {
                limited = response;
            } else {
                allowed++;
            }
        }
        soft.assertThat(limited).as("a 429 came").isNotNull();
        soft.assertThat(allowed).as("the limit is not lower than configured").isGreaterThanOrEqualTo(Platform.CLIENT_REQUESTS_PER_MINUTE);
        if (limited != null) {
            soft.assertThat(limited.contentType()).startsWith(PROBLEM);
            soft.assertThat(limited.jsonPath().getString("type")).endsWith("/too-many-requests");
            soft.assertThat(Integer.parseInt(limited.header("Retry-After"))).isPositive();
        }
        soft.assertThat(Call.as("victor").when().get("/api/me").statusCode()).as("another client is not limited").isEqualTo(200);
        soft.assertAll();
    }

    @Test
    @DisplayName("API5:2023 Broken Function Level Authorization — a viewer reaches no admin or planner function")
    void api5_brokenFunctionLevelAuthorization() {
        SoftAssertions soft = new SoftAssertions();
        String planId = json(Call.as("victor").when().get("/api/plan/plans")).at("/items/0/id").asText();
        String indicator = indicatorOwnedBy(MILJO);
        List<Object[]> functions = List.of(
                new Object[] { "GET", "/api/admin/users", null },
                new Object[] { "POST", "/api/admin/users", "{\"username\":\"x\"}" },
                new Object[] { "GET", "/api/admin/groups", null },
                new Object[] { "GET", "/api/admin/audit", null },
                new Object[] { "GET", "/api/plan/audit", null },
                new Object[] { "GET", "/api/indicators/audit", null },
                new Object[] { "GET", "/api/reports/audit", null },
                new Object[] { "POST", "/api/plan/plans/" + planId + "/versions", "{\"label\":\"viewer draft\"}" },
                new Object[] { "POST", "/api/plan/imports/transcription", "{}" },
                new Object[] { "POST", DEFINITIONS, JSON.valueToTree(indicatorBody("viewer-made", MILJO)).toString() },
                new Object[] { "POST", DEFINITIONS + "/" + indicator + "/retire", "{\"reason\":\"viewer\"}" },
                new Object[] { "PUT", DEFINITIONS + "/" + indicator + "/targets/2030", "{\"value\":1}" },
                new Object[] { "POST", "/api/indicators/imports/kolada", null },
                new Object[] { "POST", "/api/indicators/demo-values", null });
        for (String user : List.of("victor", "bo")) {
            for (Object[] f : functions) {
                RequestSpecification request = Call.as(user).contentType("application/json");
                if (f[2] != null) {
                    request = request.body((String) f[2]);
                }
                expectProblem(soft, user + " " + f[0] + " " + f[1], request.when().request((String) f[0], (String) f[1]), 403);
            }
        }
        // an editor is not an admin or planner either
        expectProblem(soft, "erik lists users", Call.as("erik").when().get("/api/admin/users"), 403);
        expectProblem(soft, "erik starts a Kolada sync", Call.as("erik").when().post("/api/indicators/imports/kolada"), 403);
        // a machine client with the viewer role neither
        expectProblem(soft, "integration client lists users", Call.gateway().auth()
                .oauth2(Tokens.ofClient(Tokens.INTEGRATION_CLIENT, Tokens.INTEGRATION_SECRET)).when().get("/api/admin/users"), 403);
        // the functions exist and work for whom they are for
        soft.assertThat(Call.as("anna").when().get("/api/admin/users").statusCode()).isEqualTo(200);
        soft.assertAll();
    }

    @Test
    @DisplayName("API6:2023 Unrestricted Access to Sensitive Business Flows — only a planner or admin adopts a plan")
    void api6_unrestrictedAccessToSensitiveBusinessFlows() {
        String planId = json(Call.as("petra").when().get("/api/plan/plans")).at("/items/0/id").asText();
        String draftId = json(Call.as("petra").contentType("application/json")
                .body(Map.of("label", "e2e adoption " + UUID.randomUUID().toString().substring(0, 8)))
                .when().post("/api/plan/plans/" + planId + "/versions").then().statusCode(201).extract().response()).path("id").asText();
        String decision = "{\"decidedOn\":\"2026-06-12\",\"decidedBy\":\"Kommunfullmäktige\",\"caseNumber\":\"KS-2026/1\"}";
        SoftAssertions soft = new SoftAssertions();
        for (String user : List.of("victor", "erik", "karin", "bo", "sara")) {
            expectProblem(soft, user + " adopts", Call.as(user).contentType("application/json").body(decision)
                    .when().post("/api/plan/versions/" + draftId + "/adoption"), 403);
        }
        soft.assertThat(json(Call.as("petra").when().get("/api/plan/versions/" + draftId)).path("status").asText())
                .as("still a draft after the refusals").isEqualTo("draft");
        Response adopted = Call.as("petra").contentType("application/json").body(decision)
                .when().post("/api/plan/versions/" + draftId + "/adoption");
        soft.assertThat(adopted.statusCode()).as("the planner adopts").isEqualTo(200);
        soft.assertThat(json(Call.as("petra").when().get("/api/plan/versions/" + draftId)).path("status").asText())
                .isEqualTo("adopted");
        // the same decision again is not a second adoption
        expectProblem(soft, "adopting an adopted version", Call.as("anna").contentType("application/json").body(decision)
                .when().post("/api/plan/versions/" + draftId + "/adoption"), 409);
        soft.assertAll();
    }

    @Test
    @DisplayName("API7:2023 Server Side Request Forgery — no user-supplied URL is fetched; Kolada's URL is configuration only")
    void api7_serverSideRequestForgery() throws Exception {
        Platform platform = Platform.get();
        RecordingServer internal = new RecordingServer();
        SoftAssertions soft = new SoftAssertions();

        // 1. no operation of any service takes a URL: no parameter or body property that looks like one
        for (ServiceProcess service : platform.services()) {
            JsonNode doc = json(Call.direct(service).when().get("/q/openapi?format=json"));
            soft.assertThat(urlInputs(doc)).as(service.name() + ": inputs that take a URL").isEmpty();
        }

        // 2. URLs offered anyway (query, body, headers) are not fetched: the Kolada sync goes to its configured base only
        platform.kolada.clear();
        Response offered = Call.as("petra").contentType("application/json")
                .header("X-Forwarded-Host", internal.url().replace("http://", ""))
                .body("{\"baseUrl\":\"" + internal.url() + "\",\"url\":\"" + internal.url() + "/v3\"}")
                .when().post("/api/indicators/imports/kolada?baseUrl=" + encode(internal.url()) + "&url=" + encode(internal.url() + "/v3"));
        soft.assertThat(offered.statusCode()).as("a sync with URLs offered: ignored or refused").isIn(202, 400);
        String job = offered.statusCode() == 202 ? offered.path("id")
                : Call.as("petra").when().post("/api/indicators/imports/kolada").then().statusCode(202).extract().path("id");
        awaitJob(job);
        // the gateway's API description is fetched from the configured services, never from the request's Host
        Call.gateway().header("Host", internal.url().replace("http://", "")).header("X-Forwarded-Host", "evil.example")
                .when().get("/api/openapi.json");
        soft.assertThat(internal.requests()).as("requests the platform made to a URL a caller supplied").isEmpty();
        soft.assertThat(platform.kolada.requests()).as("the sync went to the configured Kolada").isNotEmpty();

        // 3. a Kolada response that points elsewhere (next_url) is refused, not followed
        platform.kolada.answer(uri -> uri.startsWith("/v3/kpi") ? catalogueOf(uri)
                : "{\"count\":1,\"values\":[],\"next_url\":\"" + internal.url() + "/v3/data/steal\"}");
        try {
            String redirected = Call.as("petra").when().post("/api/indicators/imports/kolada").then().statusCode(202).extract().path("id");
            JsonNode refusedJob = awaitJob(redirected);
            soft.assertThat(refusedJob.path("status").asText()).as("a sync whose Kolada points elsewhere").isEqualTo("failed");
            soft.assertThat(refusedJob.path("failureReason").asText()).contains("next_url");
        } finally {
            platform.kolada.answer(uri -> "{\"count\":0,\"values\":[],\"next_url\":null}");
        }
        soft.assertThat(internal.requests()).as("a next_url to another host followed").isEmpty();

        // 4. configuration: the Kolada base URL is a setting of indicator-service, not an input
        String properties = Files.readString(TestStack.root().resolve("indicator-service/src/main/resources/application.properties"));
        soft.assertThat(properties).contains("styrplan.kolada.base-url=${KOLADA_BASE_URL:");
        soft.assertAll();
    }

    @Test
    @DisplayName("API8:2023 Security Misconfiguration — headers, no stack traces, no demo credentials outside the local profile")
    void api8_securityMisconfiguration() throws IOException {
        SoftAssertions soft = new SoftAssertions();
        // hardening headers on the gateway's own answers, proxied ones and errors
        for (Response response : List.of(Call.as("victor").when().get("/api/me"), Call.as("victor").when().get("/api/plan/plans"),
                Call.as("victor").when().get(DEFINITIONS), Call.as("victor").when().get("/api/reports/goals"),
                Call.gateway().when().get("/public/plan/sdgs"), Call.gateway().when().get("/api/plan/plans"),
                Call.gateway().when().get("/no/such/path"))) {
            soft.assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            soft.assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
            soft.assertThat(response.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
            soft.assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
            soft.assertThat(response.header("Strict-Transport-Security")).as("no HSTS over plain HTTP").isNull();
            soft.assertThat(response.header("Server")).as("no server banner").isNull();
        }
        soft.assertThat(Call.gateway().header("X-Forwarded-Proto", "https").when().get("/public/plan/sdgs")
                .header("Strict-Transport-Security")).as("HSTS behind TLS").startsWith("max-age=");
        // CORS: an unknown origin is refused
        soft.assertThat(Call.as("victor").header("Origin", "https://evil.example").when().get("/api/me").statusCode()).isEqualTo(403);

        // bad input everywhere is a 4xx problem without internals
        String broken = "{\"title\": ";
        List<Response> errors = new ArrayList<>(List.of(
                Call.as("petra").contentType("application/json").body(broken).when().post(DEFINITIONS),
                Call.as("petra").contentType("application/json").body(broken).when().post("/api/plan/plans/" + UUID.randomUUID() + "/versions"),
                Call.as("anna").contentType("application/json").body(broken).when().post("/api/admin/users"),
                Call.as("victor").when().get("/api/plan/plans/not-a-uuid"),
                Call.as("victor").when().get(DEFINITIONS + "/" + UUID.randomUUID()),
                Call.as("victor").when().get("/api/reports/goals/not-a-uuid"),
                Call.as("victor").when().get("/api/plan/plans?page=-1"),
                Call.as("victor").contentType("application/xml").body("<x/>").when().post(DEFINITIONS)));
        for (Response error : errors) {
            soft.assertThat(error.statusCode()).as(error.asString()).isBetween(400, 499);
            soft.assertThat(error.contentType()).as(error.asString()).startsWith(PROBLEM);
            soft.assertThat(error.asString()).as("no internals in an error body")
                    .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("se.styrplan.")
                    .doesNotContain("org.hibernate").doesNotContain("SQL").doesNotContain("jdbc:").doesNotContain("localhost:");
        }
        // no development endpoints in the packaged services
        for (String path : List.of("/q/dev-ui", "/q/dev", "/q/arc")) {
            soft.assertThat(Call.as("anna").when().get(path).statusCode()).as(path).isIn(401, 403, 404);
        }

        // demo credentials: only the local realm file knows the demo users and passwords; no service ships one
        Path root = TestStack.root();
        for (String module : List.of("plan-service", "indicator-service", "reporting-service", "gateway")) {
            try (Stream<Path> files = Files.walk(root.resolve(module).resolve("src/main/resources"))) {
                for (Path file : files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".properties")).toList()) {
                    String text = Files.readString(file);
                    for (String user : List.of("anna", "petra", "erik", "karin", "victor", "bo", "sara")) {
                        soft.assertThat(text).as(file + " holds a demo password").doesNotContain(user + "-demo");
                    }
                }
            }
        }
        // the local realm's client secret is a default for a local Keycloak only: the packaged gateway refuses to
        // start with it against any other Keycloak (production sets OIDC_CLIENT_SECRET)
        String refused = Platform.get().gateway.runExpectingExit("remote-keycloak", Map.of(
                "OIDC_SERVER_URL", "https://sso.kommun.example/realms/styrplan", "QUARKUS_OIDC_CONNECTION_DELAY", "0S"),
                Duration.ofSeconds(150));
        soft.assertThat(refused).as("the gateway with the demo secret and a remote Keycloak stopped by itself").isNotNull();
        soft.assertThat(refused == null ? "" : refused).contains("set OIDC_CLIENT_SECRET").doesNotContain("gateway-local-secret");
        // demo values generation is off unless the installation switches it on (the run command and this suite do)
        String indicators = Files.readString(root.resolve("indicator-service/src/main/resources/application.properties"));
        soft.assertThat(indicators).contains("styrplan.demo-values.enabled=${STYRPLAN_DEMO_VALUES_ENABLED:false}");
        soft.assertAll();
    }

    @Test
    @DisplayName("API9:2023 Improper Inventory Management — every endpoint of every service refuses an anonymous call unless public")
    void api9_improperInventoryManagement() {
        Platform platform = Platform.get();
        SoftAssertions soft = new SoftAssertions();
        JsonNode merged = json(Call.gateway().when().get("/api/openapi.json"));
        int checked = 0;
        for (ServiceProcess service : platform.services()) {
            JsonNode doc = json(Call.direct(service).when().get("/q/openapi?format=json"));
            Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields();
            while (paths.hasNext()) {
                Map.Entry<String, JsonNode> path = paths.next();
                boolean routed = OneOpenApiTest.ROUTED.get(service.name()).stream()
                        .anyMatch(p -> path.getKey().equals(p) || path.getKey().startsWith(p + "/"));
                soft.assertThat(routed).as(service.name() + " documents " + path.getKey() + ", which the gateway does not route").isTrue();
                soft.assertThat(merged.path("paths").has(path.getKey())).as(path.getKey() + " in the gateway's document").isTrue();
                Iterator<String> methods = path.getValue().fieldNames();
                while (methods.hasNext()) {
                    String method = methods.next();
                    if (!List.of("get", "put", "post", "delete", "patch").contains(method)) {
                        continue;
                    }
                    String concrete = path.getKey().replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
                    boolean isPublic = isPublic(path.getKey());
                    // the operation's own request media type, so that a refusal is about the caller, not the body's type
                    Iterator<String> types = path.getValue().path(method).path("requestBody").path("content").fieldNames();
                    String type = types.hasNext() ? types.next() : "application/json";
                    String body = type.contains("json") ? "{}" : "x";
                    boolean hasBody = path.getValue().path(method).has("requestBody");
                    for (RequestSpecification request : List.of(Call.gateway(), Call.direct(service))) {
                        Response response = (hasBody ? request.contentType(type).body(body) : request).when().request(method, concrete);
                        String what = method.toUpperCase() + " " + concrete + " (" + service.name() + ")";
                        if (isPublic) {
                            soft.assertThat(response.statusCode()).as(what + " is public").isNotIn(401, 403);
                            soft.assertThat(path.getValue().path(method).has("security")).as(what + " documents no security").isFalse();
                        } else {
                            soft.assertThat(response.statusCode()).as(what + " anonymous").isEqualTo(401);
                            soft.assertThat(path.getValue().path(method).has("security")).as(what + " documents its security").isTrue();
                        }
                    }
                    checked++;
                }
            }
        }
        // the gateway's own operations too
        Iterator<Map.Entry<String, JsonNode>> own = merged.path("paths").fields();
        while (own.hasNext()) {
            Map.Entry<String, JsonNode> path = own.next();
            if (!path.getKey().startsWith("/api/me") && !path.getKey().startsWith("/api/admin")) {
                continue;
            }
            String concrete = path.getKey().replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext();) {
                String method = methods.next();
                soft.assertThat(Call.gateway().contentType("application/json").body("{}").when().request(method, concrete).statusCode())
                        .as(method + " " + concrete + " anonymous").isEqualTo(401);
                checked++;
            }
        }
        assertThat(checked).as("operations checked").isGreaterThan(60);
        soft.assertAll();
    }

    @Test
    @DisplayName("API10:2023 Unsafe Consumption of APIs — Kolada's responses are validated before anything is applied")
    void api10_unsafeConsumptionOfApis() {
        // indicator-service's KoladaSyncTest (aMalformedPageFailsTheJobAndNothingIsApplied, kpiIdsAreChecked...) covers
        // the sync's parsing in depth with WireMock; here the packaged service meets a hostile Kolada for real
        Platform platform = Platform.get();
        String kpi = "N" + (10000 + (int) (Math.random() * 89999));
        Map<String, Object> body = indicatorBody("e2e-kolada-" + kpi.toLowerCase(), MILJO);
        body.put("source", "kolada");
        body.put("koladaKpiId", kpi);
        String indicator = Call.as("petra").contentType("application/json").body(body).when().post(DEFINITIONS)
                .then().statusCode(201).extract().path("id");
        SoftAssertions soft = new SoftAssertions();
        Map<String, String> hostile = new LinkedHashMap<>();
        hostile.put("a value that is not a number", "{\"count\":1,\"values\":[{\"kpi\":\"" + kpi + "\",\"municipality\":\"1780\",\"period\":2023,"
                + "\"values\":[{\"gender\":\"T\",\"status\":\"\",\"value\":\"<script>alert(1)</script>\"}]}],\"next_url\":null}");
        hostile.put("not JSON at all", "<html>Kolada is down</html>");
        hostile.put("a period that is no year", "{\"count\":1,\"values\":[{\"kpi\":\"" + kpi + "\",\"municipality\":\"1780\",\"period\":\"DROP TABLE\","
                + "\"values\":[{\"gender\":\"T\",\"status\":\"\",\"value\":41.5}]}],\"next_url\":null}");
        try {
            for (Map.Entry<String, String> answer : hostile.entrySet()) {
                platform.kolada.answer(uri -> uri.startsWith("/v3/kpi") ? catalogueOf(uri) : answer.getValue());
                String job = Call.as("petra").when().post("/api/indicators/imports/kolada").then().statusCode(202).extract().path("id");
                JsonNode finished = awaitJob(job);
                soft.assertThat(finished.path("status").asText()).as(answer.getKey()).isEqualTo("failed");
                soft.assertThat(finished.path("inserted").asLong()).as(answer.getKey() + ": nothing applied").isZero();
                soft.assertThat(finished.toString()).as(answer.getKey() + ": no internals").doesNotContain("Exception").doesNotContain("\tat ");
            }
        } finally {
            platform.kolada.answer(uri -> "{\"count\":0,\"values\":[],\"next_url\":null}");
        }
        JsonNode series = json(Call.as("victor").when().get(DEFINITIONS + "/" + indicator + "/series?area=1780"));
        soft.assertThat(series.path("points").size()).as("no value from a hostile Kolada").isZero();
        soft.assertAll();
    }

    // ---- helpers ----

    /** Kolada's catalogue answer that knows every KPI id the request asks for ({@code /v3/kpi/N1,N2?...}). */
    private static String catalogueOf(String uri) {
        String[] ids = java.net.URLDecoder.decode(uri.substring("/v3/kpi/".length()).replaceFirst("\\?.*$", ""),
                StandardCharsets.UTF_8).split(",");
        StringBuilder values = new StringBuilder();
        for (String id : ids) {
            values.append(values.length() == 0 ? "" : ",").append("{\"id\":\"").append(id)
                    .append("\",\"title\":\"x\",\"is_divided_by_gender\":0}");
        }
        return "{\"count\":" + ids.length + ",\"values\":[" + values + "],\"next_url\":null}";
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static boolean isPublic(String path) {
        // the gateway's PublicPaths: services' public reading and open data
        return path.startsWith("/public/") || path.startsWith("/open-data/") || path.equals("/open-data");
    }

    private static void expectProblem(SoftAssertions soft, String what, Response response, int status) {
        soft.assertThat(response.statusCode()).as(what + ": " + response.asString()).isEqualTo(status);
        soft.assertThat(response.contentType()).as(what + " content type").startsWith(PROBLEM);
    }

    private static Map<String, Object> indicatorBody(String key, String department) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("key", key);
        body.put("title", "E2E " + key);
        body.put("unit", "percent");
        body.put("direction", "higher_is_better");
        body.put("source", "own_data");
        body.put("owningDepartment", department);
        return body;
    }

    /** A new indicator owned by the department, made by a planner. */
    private static String indicatorOwnedBy(String department) {
        String key = "e2e-" + department.substring(0, 4) + "-" + UUID.randomUUID().toString().substring(0, 8);
        return Call.as("petra").contentType("application/json").body(indicatorBody(key, department))
                .when().post(DEFINITIONS).then().statusCode(201).extract().path("id");
    }

    private static String values(String period, String value) {
        return "[{\"areaCode\":\"1780\",\"period\":\"" + period + "\",\"gender\":\"T\",\"value\":" + value + ",\"status\":\"final\"}]";
    }

    private static JsonNode awaitJob(String id) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> json(Call.as("petra").when().get("/api/indicators/imports/" + id)),
                        job -> job.path("status").asText().matches("succeeded|failed|cancelled"));
    }

    /** Parameters and request-body properties whose name or format says they take a URL. */
    private static List<String> urlInputs(JsonNode doc) {
        List<String> found = new ArrayList<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            for (JsonNode parameter : op.getValue().path("parameters")) {
                if (looksLikeUrl(parameter.path("name").asText(), parameter.path("schema"))) {
                    found.add(path.getKey() + " " + op.getKey() + " parameter " + parameter.path("name").asText());
                }
            }
        }));
        doc.at("/components/schemas").fields().forEachRemaining(schema -> {
            if (!schema.getKey().endsWith("Input") && !schema.getKey().endsWith("Update") && !schema.getKey().startsWith("New")) {
                return; // only what callers send
            }
            schema.getValue().path("properties").fields().forEachRemaining(property -> {
                if (looksLikeUrl(property.getKey(), property.getValue())) {
                    found.add(schema.getKey() + "." + property.getKey());
                }
            });
        });
        return found;
    }

    private static boolean looksLikeUrl(String name, JsonNode schema) {
        String lower = name.toLowerCase();
        return lower.contains("url") || lower.contains("uri") || lower.contains("href") || lower.contains("callback")
                || lower.contains("webhook") || "uri".equals(schema.path("format").asText()) || "url".equals(schema.path("format").asText());
    }

    private static JsonNode json(Response response) {
        try {
            return JSON.readTree(response.asString());
        } catch (IOException e) {
            throw new IllegalStateException("not JSON (HTTP " + response.statusCode() + "): " + response.asString(), e);
        }
    }

    /** Sends raw request bytes to the gateway and returns what it answers first (headers and the start of the body). */
    private static String rawRequest(String request) throws IOException {
        URI gateway = URI.create(Platform.get().gatewayUrl());
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            int read = in.read(buffer);
            return read <= 0 ? "" : new String(buffer, 0, read, StandardCharsets.ISO_8859_1);
        }
    }
}
