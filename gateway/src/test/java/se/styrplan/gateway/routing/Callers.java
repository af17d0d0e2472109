package se.styrplan.gateway.routing;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import se.styrplan.devstack.test.Tokens;

/**
 * The gateway denies anonymous callers on the API paths, so the routing tests call as a machine client with a
 * real token of the test Keycloak (styrplan-integration, viewer), the way other municipal systems do.
 */
final class Callers {

    private Callers() {
    }

    static String token() {
        return Tokens.ofClient(Tokens.INTEGRATION_CLIENT, Tokens.INTEGRATION_SECRET);
    }

    static String bearer() {
        return "Bearer " + token();
    }

    /** RestAssured's given(), with the machine client's bearer token. */
    static RequestSpecification signedIn() {
        return given().auth().oauth2(token());
    }
}
