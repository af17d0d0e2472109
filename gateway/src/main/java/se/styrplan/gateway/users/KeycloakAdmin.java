package se.styrplan.gateway.users;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ErrorRepresentation;

import se.styrplan.platform.problem.ApiException;
import se.styrplan.platform.problem.Problem;

/**
 * Keycloak's admin REST API as the gateway's service account (client credentials of {@code styrplan-gateway},
 * whose service account has realm-management's manage-users, view-users, view-realm and query-groups). The server
 * and realm come from {@code quarkus.oidc.auth-server-url}, so one setting ({@code OIDC_SERVER_URL}) points both
 * sign-in and administration at the same Keycloak.
 * <p>
 * {@link #call} turns Keycloak's failures into problems a caller can act on, without Keycloak's own text:
 * 404 stays 404, 409 stays 409, a refused input is 400, and everything else is a 502/503 naming no internals.
 */
@ApplicationScoped
public class KeycloakAdmin {

    private static final Logger LOG = Logger.getLogger(KeycloakAdmin.class);
    private static final String REALMS = "/realms/";

    private final String serverUrl;
    private final String realm;
    private final String clientId;
    private final String clientSecret;
    private volatile Keycloak keycloak;

    public KeycloakAdmin(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String authServerUrl,
            @ConfigProperty(name = "styrplan.users.client-id") String clientId,
            @ConfigProperty(name = "styrplan.users.client-secret") String clientSecret) {
        int at = authServerUrl.indexOf(REALMS);
        if (at < 0) {
            throw new IllegalArgumentException("quarkus.oidc.auth-server-url must look like https://host/realms/<realm>: " + authServerUrl);
        }
        this.serverUrl = authServerUrl.substring(0, at);
        this.realm = authServerUrl.substring(at + REALMS.length()).replaceAll("/+$", "");
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    /** Runs a call against the realm, translating Keycloak's failures (see the class comment); a 404 is unexpected. */
    public <T> T call(String what, Function<RealmResource, T> action) {
        return call(what, null, action);
    }

    /**
     * Runs a call against the realm, translating Keycloak's failures (see the class comment).
     *
     * @param notFound what a 404 of Keycloak means to the caller (e.g. that user does not exist)
     */
    public <T> T call(String what, Supplier<ApiException> notFound, Function<RealmResource, T> action) {
        try {
            return action.apply(client().realm(realm));
        } catch (ApiException e) {
            throw e;
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
            throw status == 404 && notFound != null ? notFound.get() : translate(what, e);
        } catch (ProcessingException e) {
            LOG.warnf("Keycloak could not be reached to %s: %s", what, e.toString());
            throw new ApiException(503, "identity-provider-unavailable", "Service unavailable",
                    "The identity provider is not reachable right now. Try again shortly.");
        }
    }

    public void run(String what, Supplier<ApiException> notFound, Consumer<RealmResource> action) {
        call(what, notFound, realm -> {
            action.accept(realm);
            return null;
        });
    }

    static ApiException translate(String what, WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        return switch (status) {
            case 409 -> ApiException.conflict("conflict", "The identity provider refused to " + what
                    + " because it conflicts with an existing user (username or e-mail)");
            case 400 -> refusedInput(what, e);
            default -> {
                LOG.errorf("Keycloak answered HTTP %d to %s: %s", status, what, body(e));
                yield new ApiException(502, "identity-provider-failed", "Bad gateway",
                        "The identity provider could not " + what + ". The request id identifies it in the gateway's logs.");
            }
        };
    }

    private static ApiException refusedInput(String what, WebApplicationException e) {
        String field = null;
        try {
            ErrorRepresentation error = e.getResponse().readEntity(ErrorRepresentation.class);
            field = error == null ? null : error.getField();
        } catch (RuntimeException ignored) {
            // no structured error: the problem names no field
        }
        LOG.infof("Keycloak refused to %s: %s", what, field);
        String message = "was refused by the identity provider";
        if (field != null && field.matches("[A-Za-z]{1,40}")) {
            return new ApiException(400, "validation", "Invalid request", field + ": " + message,
                    List.of(new Problem.FieldError(field, message)));
        }
        return new ApiException(400, "validation", "Invalid request", "The identity provider refused to " + what);
    }

    private static String body(WebApplicationException e) {
        try {
            return e.getResponse().readEntity(String.class);
        } catch (RuntimeException ignored) {
            return "(no body)";
        }
    }

    private Keycloak client() {
        Keycloak current = keycloak;
        if (current == null) {
            synchronized (this) {
                current = keycloak;
                if (current == null) {
                    current = KeycloakBuilder.builder()
                            .serverUrl(serverUrl).realm(realm)
                            .grantType("client_credentials").clientId(clientId).clientSecret(clientSecret)
                            .build();
                    keycloak = current;
                }
            }
        }
        return current;
    }

    /** The id Keycloak gives a created resource, from the Location of its 201. */
    static String createdId(Response response) {
        String path = response.getLocation() == null ? "" : response.getLocation().getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    @PreDestroy
    void close() {
        Keycloak current = keycloak;
        if (current != null) {
            current.close();
        }
    }

}
