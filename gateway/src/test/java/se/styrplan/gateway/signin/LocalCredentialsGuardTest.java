package se.styrplan.gateway.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalCredentialsGuardTest {

    @ParameterizedTest
    @CsvSource({
            "http://localhost:8180/realms/styrplan, gateway-local-secret, true",
            "http://127.0.0.1:8180/realms/styrplan, gateway-local-secret, true",
            "http://[::1]:8180/realms/styrplan, gateway-local-secret, true",
            "https://sso.karlstad.se/realms/styrplan, a-real-secret, true",
            "http://localhost:8180/realms/styrplan, a-real-secret, true",
            "https://sso.karlstad.se/realms/styrplan, gateway-local-secret, false",
            "http://keycloak:8080/realms/styrplan, gateway-local-secret, false",
            "http://localhost.evil.example/realms/styrplan, gateway-local-secret, false" })
    void theLocalSecretRunsOnlyAgainstALocalKeycloak(String server, String secret, boolean mayRun) {
        String problem = LocalCredentialsGuard.problem(server, secret);
        if (mayRun) {
            assertThat(problem).isNull();
        } else {
            assertThat(problem).contains("OIDC_CLIENT_SECRET").doesNotContain(secret);
        }
    }
}
