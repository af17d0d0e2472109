package se.styrplan.e2e;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import se.styrplan.devstack.run.ServiceProcess;
import se.styrplan.devstack.test.Tokens;

/** Requests to the running platform: through the gateway (the way every caller comes in) or to one service directly. */
final class Call {

    private Call() {
    }

    /** An anonymous request to the gateway. */
    static RequestSpecification gateway() {
        return RestAssured.given().baseUri(Platform.get().gatewayUrl()).redirects().follow(false)
                .urlEncodingEnabled(false);
    }

    /** A demo user's request to the gateway with their real Keycloak access token. */
    static RequestSpecification as(String user) {
        return gateway().auth().oauth2(Tokens.of(user));
    }

    /** A request with this Authorization header value, sent as it is. */
    static RequestSpecification withAuthorization(String value) {
        return gateway().header("Authorization", value);
    }

    /** An anonymous request straight to a service, bypassing the gateway. */
    static RequestSpecification direct(ServiceProcess service) {
        return RestAssured.given().baseUri(service.url()).redirects().follow(false).urlEncodingEnabled(false);
    }
}
