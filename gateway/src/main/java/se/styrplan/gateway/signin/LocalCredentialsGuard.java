package se.styrplan.gateway.signin;

import java.net.URI;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start with the local realm's client secret ({@code deploy/keycloak/styrplan-realm.json}) against a
 * Keycloak that is not on this machine: the demo credentials belong to the local installation only, and the
 * session cookie's key is derived from the client secret unless {@code SESSION_SECRET} is set.
 */
@ApplicationScoped
public class LocalCredentialsGuard {

    static final String LOCAL_CLIENT_SECRET = "gateway-local-secret";
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

    private final String authServerUrl;
    private final String clientSecret;

    public LocalCredentialsGuard(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String authServerUrl,
            @ConfigProperty(name = "quarkus.oidc.credentials.secret") String clientSecret) {
        this.authServerUrl = authServerUrl;
        this.clientSecret = clientSecret;
    }

    void check(@Observes StartupEvent event) {
        String problem = problem(authServerUrl, clientSecret);
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
    }

    /** Why this configuration must not run, or null when it may. */
    static String problem(String authServerUrl, String clientSecret) {
        if (!LOCAL_CLIENT_SECRET.equals(clientSecret)) {
            return null;
        }
        String host = URI.create(authServerUrl).getHost();
        if (host != null && LOCAL_HOSTS.contains(host.toLowerCase())) {
            return null;
        }
        return "The gateway's client secret is the local demo realm's while Keycloak is at " + host
                + ": set OIDC_CLIENT_SECRET (and SESSION_SECRET) to this installation's own secrets.";
    }
}
