package se.styrplan.devstack.test.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import se.styrplan.devstack.test.Tokens;
import se.styrplan.platform.audit.AuditLog;

/**
 * What every service must do on the real components: boot against PostgreSQL, Kafka and Keycloak, report
 * both in its readiness, write to its own database, and guard its endpoints with real Keycloak tokens.
 * A service's test extends this with {@code @QuarkusTest} and names its audit path.
 */
public abstract class ServiceFoundationContract {

    @Inject
    AuditLog auditLog;

    /** The service's audit log endpoint, e.g. {@code /api/plan/audit}: an admin-only read. */
    protected abstract String auditPath();

    /** The readiness probe: on the service's own port, unless it serves it on Quarkus's management interface. */
    protected String readiness() {
        return "/q/health/ready";
    }

    @Test
    void readinessCoversDatabaseAndKafka() {
        given().when().get(readiness())
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void writesToItsOwnDatabase() {
        String id = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> auditLog.record("foundation.check", "probe", id, null, java.util.Map.of("probe", id)));

        given().auth().oauth2(Tokens.of("anna")).queryParam("entityId", id)
                .when().get(auditPath())
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].actor", equalTo("system"))
                .body("items[0].after.probe", equalTo(id));
    }

    @Test
    void adminWithRealTokenMayRead() {
        given().auth().oauth2(Tokens.of("anna")).when().get(auditPath()).then().statusCode(200);
    }

    @Test
    void noTokenIsUnauthorizedWithProblem() {
        given().when().get(auditPath())
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401));
    }

    @Test
    void forgedTokenIsUnauthorized() {
        String real = Tokens.of("anna");
        String[] parts = real.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        given().auth().oauth2(forged).when().get(auditPath()).then().statusCode(401);
    }

    @Test
    void viewerLacksTheRoleAndIsForbiddenWithProblem() {
        given().auth().oauth2(Tokens.of("victor")).when().get(auditPath())
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
    }

    @Test
    void machineClientTokenIsAcceptedButLacksAdmin() {
        given().auth().oauth2(Tokens.ofClient(Tokens.INTEGRATION_CLIENT, Tokens.INTEGRATION_SECRET))
                .when().get(auditPath()).then().statusCode(403);
    }

    @Test
    void oversizedPageIsRejectedWithProblem() {
        given().auth().oauth2(Tokens.of("anna")).queryParam("size", 100_000)
                .when().get(auditPath())
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("size"));
    }

    @Test
    void openApiIsPublished() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("openapi", startsWith("3."));
    }
}
