package se.styrplan.devstack.test;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** The real Keycloak of the {@link TestStack}, with the {@code styrplan} realm imported. */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.oidc.auth-server-url", TestStack.get().keycloak().realmUrl());
    }

    @Override
    public void stop() {
        // shared by the whole build; its guard stops it with the Maven process
    }
}
