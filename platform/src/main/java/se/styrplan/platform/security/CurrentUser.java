package se.styrplan.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The caller as this service sees them: name, roles, and the departments and party groups they belong to
 * (Keycloak group paths {@code /departments/<code>} and {@code /party-groups/<code>} in the {@code groups} claim).
 */
@RequestScoped
public class CurrentUser {

    static final String DEPARTMENT_PREFIX = "/departments/";
    static final String PARTY_GROUP_PREFIX = "/party-groups/";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    /** The name written into audit entries: the Keycloak username, or the client id of a machine client. */
    public String name() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        Object username = token.getClaim("preferred_username");
        return username != null ? username.toString() : identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public Set<String> departments() {
        return groupsUnder(DEPARTMENT_PREFIX);
    }

    public Set<String> partyGroups() {
        return groupsUnder(PARTY_GROUP_PREFIX);
    }

    /** Planners and admins act for every department; an editor only for their own. */
    public boolean mayWriteForDepartment(String department) {
        if (hasRole(Roles.ADMIN) || hasRole(Roles.PLANNER)) {
            return true;
        }
        return hasRole(Roles.EDITOR) && department != null && departments().contains(department);
    }

    private Set<String> groupsUnder(String prefix) {
        if (identity.isAnonymous()) {
            return Set.of();
        }
        return groups().stream()
                .filter(g -> g.startsWith(prefix))
                .map(g -> g.substring(prefix.length()))
                .collect(Collectors.toUnmodifiableSet());
    }

    private List<String> groups() {
        Object claim = token.getClaim("groups");
        if (claim instanceof Collection<?> values) {
            return values.stream().map(v -> v instanceof JsonString s ? s.getString() : v.toString()).toList();
        }
        return List.of();
    }
}
