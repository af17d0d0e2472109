package se.styrplan.gateway.signin;

import java.util.Map;

import se.styrplan.gateway.routing.FakeUpstreamsProfile;

/** The fake services, and sessions whose tokens count as expiring after 3 seconds, so every later request refreshes. */
public class ShortTokensProfile extends FakeUpstreamsProfile {

    /** Keycloak's tokens live 300 s; refreshing within 297 s of the end means: after 3 s. */
    static final int SKEW_SECONDS = 297;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.oidc.token.refresh-token-time-skew", SKEW_SECONDS + "S");
    }
}
