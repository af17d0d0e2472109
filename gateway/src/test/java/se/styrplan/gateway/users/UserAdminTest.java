package se.styrplan.gateway.users;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.json.JsonObject;
import se.styrplan.devstack.test.Tokens;
import se.styrplan.gateway.signin.Browser;
import se.styrplan.gateway.signin.Jwt;

/**
 * User administration against the real Keycloak: anna (admin) creates, changes, disables and resets users, each
 * change audited; the created user signs in and the tokens show the changes; victor (viewer) may do none of it.
 */
@QuarkusTest
class UserAdminTest {

    private static final List<String> CREATED = new ArrayList<>();

    @TestHTTPResource("/")
    URL testPort;

    private static RequestSpecification anna() {
        return given().auth().oauth2(Tokens.of("anna")).contentType("application/json");
    }

    @AfterAll
    static void removeCreatedUsers() {
        KeycloakLogin.remove(CREATED);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String create(String username, String roles, String departments, String partyGroups, String password) {
        String id = anna().body("""
                {"username": "%s", "email": "%s@styrplan.invalid", "firstName": "Test", "lastName": "Testsson",
                 "roles": %s, "departments": %s, "partyGroups": %s%s}
                """.formatted(username, username, roles, departments, partyGroups,
                password == null ? "" : ", \"temporaryPassword\": \"" + password + "\""))
                .when().post("/api/admin/users")
                .then().statusCode(201).extract().path("id");
        CREATED.add(id);
        return id;
    }

    @Test
    void aUsersLifeAtTheHandsOfAnAdmin() throws Exception {
        String username = unique("lena");
        String temporary = "first-" + UUID.randomUUID();

        // created with a role, a department and a temporary password
        Response created = anna().body("""
                {"username": "%s", "email": "%s@styrplan.invalid", "firstName": "Lena", "lastName": "Lund",
                 "roles": ["editor"], "departments": ["miljoforvaltningen"], "temporaryPassword": "%s"}
                """.formatted(username, username, temporary))
                .when().post("/api/admin/users");
        created.then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/admin/users/"))
                .body("username", equalTo(username))
                .body("firstName", equalTo("Lena"))
                .body("enabled", equalTo(true))
                .body("roles", equalTo(List.of("editor")))
                .body("departments", equalTo(List.of("miljoforvaltningen")))
                .body("partyGroups", equalTo(List.of()))
                .body("requiredActions", equalTo(List.of("UPDATE_PASSWORD")))
                .body("$", not(org.hamcrest.Matchers.hasKey("temporaryPassword")));
        String id = created.path("id");
        CREATED.add(id);
        assertThat(created.getHeader("Location")).endsWith(id);

        // the temporary password cannot be used for tokens: the user must choose a new one first ...
        assertThat(KeycloakLogin.password(username, temporary).status()).isEqualTo(400);

        // ... which Keycloak asks for at the first browser sign-in, then the gateway has the new user's session
        String chosen = "chosen-" + UUID.randomUUID();
        Browser browser = new Browser(testPort.toURI());
        Browser.Page login = browser.get(Browser.GATEWAY + "/login?redirect=/api/me");
        Browser.Page update = browser.submit(login, Map.of("username", username, "password", temporary));
        assertThat(update.body()).as(browser.trace()).contains("password-new");
        Browser.Page me = browser.submit(update, Map.of("password-new", chosen, "password-confirm", chosen));
        assertThat(me.status()).as(browser.trace()).isEqualTo(200);
        JsonObject caller = new JsonObject(me.body());
        assertThat(caller.getString("username")).isEqualTo(username);
        assertThat(caller.getJsonArray("roles").getList()).containsExactly("editor", "viewer");
        assertThat(caller.getJsonArray("departments").getList()).containsExactly("miljoforvaltningen");

        // and the password grant gives tokens that say the same
        JsonObject claims = Jwt.claims(KeycloakLogin.password(username, chosen).accessToken());
        assertThat(claims.getJsonObject("realm_access").getJsonArray("roles").getList()).contains("editor", "viewer");
        assertThat(claims.getJsonArray("groups").getList()).containsExactly("/departments/miljoforvaltningen");

        // roles changed: the next token has the new ones
        anna().body("{\"roles\": [\"planner\"]}").when().put("/api/admin/users/" + id + "/roles")
                .then().statusCode(200).body("roles", equalTo(List.of("planner")));
        claims = Jwt.claims(KeycloakLogin.password(username, chosen).accessToken());
        assertThat(claims.getJsonObject("realm_access").getJsonArray("roles").getList()).contains("planner")
                .doesNotContain("editor");

        // departments and party groups changed
        anna().body("{\"departments\": [\"kommunledningskontoret\"], \"partyGroups\": [\"socialdemokraterna\"]}")
                .when().put("/api/admin/users/" + id + "/groups")
                .then().statusCode(200)
                .body("departments", equalTo(List.of("kommunledningskontoret")))
                .body("partyGroups", equalTo(List.of("socialdemokraterna")));
        claims = Jwt.claims(KeycloakLogin.password(username, chosen).accessToken());
        assertThat(claims.getJsonArray("groups").getList())
                .containsExactlyInAnyOrder("/departments/kommunledningskontoret", "/party-groups/socialdemokraterna");

        // disabled: no more logins, neither tokens nor a browser sign-in; enabled again: logins work
        anna().when().post("/api/admin/users/" + id + "/disable").then().statusCode(200).body("enabled", equalTo(false));
        KeycloakLogin.Answer refused = KeycloakLogin.password(username, chosen);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().getString("error")).isEqualTo("invalid_grant");
        Browser another = new Browser(testPort.toURI());
        Browser.Page disabled = another.submit(another.get(Browser.GATEWAY + "/login?redirect=/api/me"),
                Map.of("username", username, "password", chosen));
        assertThat(disabled.isGateway()).as(another.trace()).isFalse();
        assertThat(disabled.body()).containsIgnoringCase("disabled");
        assertThat(another.cookieNames()).noneMatch(n -> n.startsWith("q_session"));
        anna().when().post("/api/admin/users/" + id + "/enable").then().statusCode(200).body("enabled", equalTo(true));
        assertThat(KeycloakLogin.password(username, chosen).status()).isEqualTo(200);

        // password reset: the user must choose a new password at the next sign-in
        anna().when().post("/api/admin/users/" + id + "/password-reset")
                .then().statusCode(200).body("requiredActions", hasItem("UPDATE_PASSWORD"));
        assertThat(KeycloakLogin.password(username, chosen).status()).isEqualTo(400);

        // every action is in the audit log, by anna, with the states before and after and no password anywhere
        JsonPath audit = anna().queryParam("entityType", "user").queryParam("entityId", id)
                .when().get("/api/admin/audit").then().statusCode(200).extract().jsonPath();
        assertThat(audit.getList("items.action")).containsExactly("user.password-reset", "user.enable", "user.disable",
                "user.groups", "user.roles", "user.create");
        assertThat(audit.getList("items.actor")).containsOnly("anna");
        assertThat(audit.getList("items.requestId")).doesNotContainNull();
        assertThat(audit.getString("items[5].before")).isNull();
        assertThat(audit.getString("items[5].after.username")).isEqualTo(username);
        assertThat(audit.getList("items[4].before.roles")).containsExactly("editor");
        assertThat(audit.getList("items[4].after.roles")).containsExactly("planner");
        assertThat(audit.getBoolean("items[3].after.enabled")).isTrue();
        assertThat(audit.getBoolean("items[2].after.enabled")).isFalse();
        assertThat(audit.getList("items[0].before.requiredActions")).doesNotContain("UPDATE_PASSWORD");
        assertThat(audit.getList("items[0].after.requiredActions")).contains("UPDATE_PASSWORD");
        String everything = audit.prettify();
        assertThat(everything).doesNotContain(temporary).doesNotContain(chosen).doesNotContainIgnoringCase("password\":");
    }

    @Test
    void takenUsernamesAndAddressesAreConflicts() {
        String username = unique("dup");
        create(username, "[\"viewer\"]", "[]", "[]", null);
        anna().body("""
                {"username": "%s", "email": "other-%s@styrplan.invalid", "firstName": "A", "lastName": "B", "roles": []}
                """.formatted(username, username))
                .when().post("/api/admin/users")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://styrplan.se/problems/username-taken"))
                .body("detail", not(org.hamcrest.Matchers.containsString("Keycloak")));
        anna().body("""
                {"username": "other-%s", "email": "%s@styrplan.invalid", "firstName": "A", "lastName": "B", "roles": []}
                """.formatted(username, username))
                .when().post("/api/admin/users")
                .then().statusCode(409).body("type", equalTo("https://styrplan.se/problems/email-taken"));
        // the demo users are users like any other
        anna().body("""
                {"username": "petra", "email": "new-petra@styrplan.invalid", "firstName": "P", "lastName": "P", "roles": []}
                """).when().post("/api/admin/users").then().statusCode(409);
    }

    @Test
    void invalidUsersAreRefusedFieldByField() {
        anna().body("""
                {"username": "%s", "email": "x@styrplan.invalid", "firstName": "A", "lastName": "B",
                 "roles": ["superuser", "viewer"], "departments": ["no-such-department"], "partyGroups": ["no-party"]}
                """.formatted(unique("bad")))
                .when().post("/api/admin/users")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("roles", "departments", "partyGroups"));
        anna().body("""
                {"username": "Not Valid!", "email": "not-an-address", "firstName": "", "lastName": "B", "roles": ["viewer"],
                 "temporaryPassword": "short"}
                """)
                .when().post("/api/admin/users")
                .then().statusCode(400)
                .body("errors.field", hasItems("username", "email", "firstName", "temporaryPassword"));
        anna().body("{\"username\": \"x\", \"roles\": [], \"enabled\": false}").when().post("/api/admin/users")
                .then().statusCode(400);
    }

    @Test
    void unknownUsersAreNotFound() {
        String unknown = UUID.randomUUID().toString();
        anna().when().get("/api/admin/users/" + unknown)
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", not(org.hamcrest.Matchers.containsString("HTTP")));
        anna().body("{\"roles\": [\"viewer\"]}").when().put("/api/admin/users/" + unknown + "/roles").then().statusCode(404);
        anna().when().post("/api/admin/users/" + unknown + "/disable").then().statusCode(404);
        anna().when().post("/api/admin/users/..%2F..%2Fusers/password-reset").then().statusCode(404);
        anna().when().get("/api/admin/users/not-an-id").then().statusCode(404);
    }

    @Test
    void usersAreListedSearchedAndPagedWithoutServiceAccounts() {
        JsonPath found = anna().queryParam("search", "persson").when().get("/api/admin/users")
                .then().statusCode(200).extract().jsonPath();
        assertThat(found.getList("items.username")).contains("petra");
        assertThat(found.getList("items.find { it.username == 'petra' }.roles")).isNotNull();
        assertThat(found.getList("items.find { it.username == 'petra' }.departments")).containsExactly("kommunledningskontoret");

        JsonPath page = anna().queryParam("size", 3).when().get("/api/admin/users").then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("items")).hasSize(3);
        assertThat(page.getLong("totalItems")).isGreaterThanOrEqualTo(7);
        JsonPath all = anna().queryParam("size", 200).when().get("/api/admin/users").then().extract().jsonPath();
        assertThat(all.getList("items.username", String.class)).contains("anna", "victor", "bo")
                .noneMatch(u -> u.startsWith("service-account-"));
        assertThat(all.getLong("totalItems")).isEqualTo(all.getList("items").size());
        anna().queryParam("size", 1000).when().get("/api/admin/users").then().statusCode(400);
    }

    @Test
    void groupsHaveCodesAndDisplayNames() {
        JsonPath groups = anna().when().get("/api/admin/groups").then().statusCode(200).extract().jsonPath();
        assertThat(groups.getList("departments.code")).hasSize(10).contains("miljoforvaltningen", "kommunledningskontoret");
        assertThat(groups.getString("departments.find { it.code == 'miljoforvaltningen' }.name")).isEqualTo("Miljöförvaltningen");
        assertThat(groups.getList("partyGroups.name")).containsExactly("Blågröna styret", "Socialdemokraterna");
    }

    @Test
    void anAdminCannotLockThemselfOut() {
        String annaId = anna().queryParam("search", "anna").when().get("/api/admin/users")
                .then().extract().path("items.find { it.username == 'anna' }.id");
        anna().when().post("/api/admin/users/" + annaId + "/disable")
                .then().statusCode(409).body("type", equalTo("https://styrplan.se/problems/self-lockout"));
        anna().body("{\"roles\": [\"viewer\"]}").when().put("/api/admin/users/" + annaId + "/roles")
                .then().statusCode(409).body("type", equalTo("https://styrplan.se/problems/self-lockout"));
        anna().when().get("/api/admin/users/" + annaId).then().body("enabled", equalTo(true)).body("roles", hasItem("admin"));
    }

    @ParameterizedTest
    @CsvSource({ "GET, /api/admin/users", "GET, /api/admin/users/{id}", "POST, /api/admin/users",
            "PUT, /api/admin/users/{id}/roles", "PUT, /api/admin/users/{id}/groups", "POST, /api/admin/users/{id}/disable",
            "POST, /api/admin/users/{id}/enable", "POST, /api/admin/users/{id}/password-reset", "GET, /api/admin/groups" })
    void onlyAdminsMayAdministerUsers(String method, String path) {
        String target = path.replace("{id}", UUID.randomUUID().toString());
        String body = "{\"username\": \"victors-friend\", \"email\": \"f@styrplan.invalid\", \"firstName\": \"F\", "
                + "\"lastName\": \"F\", \"roles\": [\"admin\"], \"departments\": [], \"partyGroups\": []}";
        for (String viewer : List.of(Tokens.of("victor"), Tokens.of("petra"),
                Tokens.ofClient(Tokens.INTEGRATION_CLIENT, Tokens.INTEGRATION_SECRET))) {
            given().auth().oauth2(viewer).contentType("application/json").body(body)
                    .when().request(method, target)
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().contentType("application/json").body(body).redirects().follow(false)
                .when().request(method, target)
                .then().statusCode(401).contentType("application/problem+json").header("Location", nullValue());
    }
}
