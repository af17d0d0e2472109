package se.styrplan.gateway.users;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.ErrorRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import se.styrplan.platform.audit.AuditLog;
import se.styrplan.platform.problem.ApiException;
import se.styrplan.platform.problem.Problem;
import se.styrplan.platform.security.Roles;
import se.styrplan.platform.web.Page;
import se.styrplan.platform.web.Paging;

/**
 * User administration in Keycloak: list, create, roles, departments and party groups, disable and enable, and
 * the password reset (Keycloak's UPDATE_PASSWORD required action: the user chooses a new password at the next
 * sign-in, no e-mail needed). Every change is audited in the gateway's audit log with the user as it was before
 * and after (never a credential), in a transaction around the Keycloak calls so the entry exists when they succeeded.
 * Only Styrplan's roles and the {@code /departments} and {@code /party-groups} groups are managed; other roles and
 * groups a user has in Keycloak are left alone, and service accounts are not users here.
 */
@ApplicationScoped
public class UserAdmin {

    private static final Logger LOG = Logger.getLogger(UserAdmin.class);

    static final List<String> ROLES = List.of(Roles.ADMIN, Roles.PLANNER, Roles.EDITOR, Roles.VIEWER);
    static final String DEPARTMENTS = "departments";
    static final String PARTY_GROUPS = "party-groups";
    static final String UPDATE_PASSWORD = "UPDATE_PASSWORD";
    private static final String ENTITY = "user";
    private static final Pattern KEYCLOAK_ID = Pattern.compile("[0-9a-fA-F-]{36}");
    private static final Collator SWEDISH = Collator.getInstance(Locale.forLanguageTag("sv-SE"));

    private final KeycloakAdmin keycloak;
    private final AuditLog audit;
    private final JsonWebToken caller;

    public UserAdmin(KeycloakAdmin keycloak, AuditLog audit, JsonWebToken caller) {
        this.keycloak = keycloak;
        this.audit = audit;
        this.caller = caller;
    }

    // ---- reading ----

    public Page<UserView> list(String search, Paging paging) {
        String query = search == null || search.isBlank() ? null : search.trim();
        return keycloak.call("list users", realm -> {
            List<UserView> items = realm.users().search(query, paging.offset(), paging.size(), false).stream()
                    .filter(user -> user.getServiceAccountClientId() == null)
                    .map(user -> view(realm, user))
                    .toList();
            Integer total = realm.users().count(query);
            return Page.of(items, paging, total == null ? items.size() : total);
        });
    }

    public UserView get(String id) {
        return keycloak.call("read a user", notFound(id), realm -> view(realm, userRepresentation(realm, id)));
    }

    public GroupCatalogue groups() {
        return keycloak.call("list the groups", realm -> new GroupCatalogue(
                catalogue(subgroups(realm, DEPARTMENTS)), catalogue(subgroups(realm, PARTY_GROUPS))));
    }

    // ---- changing ----

    @Transactional
    public UserView create(NewUser in) {
        UserView created = keycloak.call("create the user", realm -> {
            Map<String, RealmGroup> departments = subgroups(realm, DEPARTMENTS);
            Map<String, RealmGroup> partyGroups = subgroups(realm, PARTY_GROUPS);
            List<Problem.FieldError> errors = new ArrayList<>(checkRoles(in.roles()));
            errors.addAll(checkGroups("departments", "department", in.departmentsOrEmpty(), departments));
            errors.addAll(checkGroups("partyGroups", "party group", in.partyGroupsOrEmpty(), partyGroups));
            refuseIfAny(errors);
            if (!realm.users().searchByUsername(in.username(), true).isEmpty()) {
                throw ApiException.conflict("username-taken", "A user named '" + in.username() + "' already exists");
            }
            if (!realm.users().searchByEmail(in.email(), true).isEmpty()) {
                throw ApiException.conflict("email-taken", "A user with the e-mail address '" + in.email() + "' already exists");
            }
            String id = createUser(realm, in);
            try {
                UserResource user = realm.users().get(id);
                addRoles(realm, user, in.roles());
                joinGroups(user, in.departmentsOrEmpty(), departments);
                joinGroups(user, in.partyGroupsOrEmpty(), partyGroups);
                return view(realm, user.toRepresentation());
            } catch (RuntimeException e) {
                // a user without the roles and groups asked for is not what the admin created: take it back
                removeQuietly(realm, id);
                throw e;
            }
        });
        audit.record("user.create", ENTITY, created.id(), null, created);
        return created;
    }

    @Transactional
    public UserView setRoles(String id, List<String> roles) {
        refuseIfAny(checkRoles(roles));
        Set<String> wanted = new LinkedHashSet<>(roles);
        if (isCaller(id) && !wanted.contains(Roles.ADMIN)) {
            throw ApiException.conflict("self-lockout", "You cannot take the admin role from yourself");
        }
        return change("user.roles", "change the user's roles", id, (realm, user) -> {
            Set<String> current = directRoles(user);
            List<RoleRepresentation> remove = current.stream().filter(r -> !wanted.contains(r))
                    .map(r -> role(realm, r)).toList();
            if (!remove.isEmpty()) {
                user.roles().realmLevel().remove(remove);
            }
            addRoles(realm, user, wanted.stream().filter(r -> !current.contains(r)).toList());
        });
    }

    @Transactional
    public UserView setGroups(String id, GroupsUpdate groups) {
        return change("user.groups", "change the user's groups", id, (realm, user) -> {
            Map<String, RealmGroup> departments = subgroups(realm, DEPARTMENTS);
            Map<String, RealmGroup> partyGroups = subgroups(realm, PARTY_GROUPS);
            List<Problem.FieldError> errors = new ArrayList<>(
                    checkGroups("departments", "department", groups.departments(), departments));
            errors.addAll(checkGroups("partyGroups", "party group", groups.partyGroups(), partyGroups));
            refuseIfAny(errors);
            Set<String> wanted = new LinkedHashSet<>();
            groups.departments().forEach(code -> wanted.add(departments.get(code).id()));
            groups.partyGroups().forEach(code -> wanted.add(partyGroups.get(code).id()));
            Set<String> managed = new LinkedHashSet<>();
            departments.values().forEach(g -> managed.add(g.id()));
            partyGroups.values().forEach(g -> managed.add(g.id()));
            Set<String> current = user.groups().stream().map(GroupRepresentation::getId).filter(managed::contains)
                    .collect(Collectors.toSet());
            current.stream().filter(g -> !wanted.contains(g)).forEach(user::leaveGroup);
            wanted.stream().filter(g -> !current.contains(g)).forEach(user::joinGroup);
        });
    }

    @Transactional
    public UserView setEnabled(String id, boolean enabled) {
        if (!enabled && isCaller(id)) {
            throw ApiException.conflict("self-lockout", "You cannot disable yourself");
        }
        return change(enabled ? "user.enable" : "user.disable", enabled ? "enable the user" : "disable the user", id,
                (realm, user) -> {
                    UserRepresentation rep = user.toRepresentation();
                    if (!Boolean.valueOf(enabled).equals(rep.isEnabled())) {
                        rep.setEnabled(enabled);
                        user.update(rep);
                    }
                    if (!enabled) {
                        user.logout(); // ends the user's sessions: no refresh, no browser session
                    }
                });
    }

    @Transactional
    public UserView requirePasswordChange(String id) {
        return change("user.password-reset", "reset the user's password", id, (realm, user) -> {
            UserRepresentation rep = user.toRepresentation();
            List<String> actions = rep.getRequiredActions() == null ? new ArrayList<>() : new ArrayList<>(rep.getRequiredActions());
            if (!actions.contains(UPDATE_PASSWORD)) {
                actions.add(UPDATE_PASSWORD);
                rep.setRequiredActions(actions);
                user.update(rep);
            }
        });
    }

    // ---- the parts ----

    private interface Change {
        void apply(RealmResource realm, UserResource user);
    }

    /** Reads the user, applies the change, reads it again, and audits both states. */
    private UserView change(String action, String what, String id, Change change) {
        UserView[] states = keycloak.call(what, notFound(id), realm -> {
            UserResource user = realm.users().get(id);
            UserView before = view(realm, userRepresentation(realm, id));
            change.apply(realm, user);
            return new UserView[] { before, view(realm, user.toRepresentation()) };
        });
        audit.record(action, ENTITY, id, states[0], states[1]);
        return states[1];
    }

    private String createUser(RealmResource realm, NewUser in) {
        UserRepresentation rep = new UserRepresentation();
        rep.setUsername(in.username());
        rep.setEmail(in.email());
        rep.setEmailVerified(true);
        rep.setFirstName(in.firstName());
        rep.setLastName(in.lastName());
        rep.setEnabled(true);
        if (in.temporaryPassword() != null) {
            CredentialRepresentation password = new CredentialRepresentation();
            password.setType(CredentialRepresentation.PASSWORD);
            password.setValue(in.temporaryPassword());
            password.setTemporary(true);
            rep.setCredentials(List.of(password));
            rep.setRequiredActions(List.of(UPDATE_PASSWORD));
        }
        try (Response response = realm.users().create(rep)) {
            switch (response.getStatus()) {
                case 201:
                    return KeycloakAdmin.createdId(response);
                case 409:
                    throw ApiException.conflict("username-taken", "A user with this username or e-mail address already exists");
                case 400:
                    ErrorRepresentation error = readError(response);
                    String field = error != null && error.getField() != null && error.getField().matches("[A-Za-z]{1,40}")
                            ? error.getField() : null;
                    throw field != null
                            ? ApiException.invalid(field, "was refused by the identity provider")
                            : new ApiException(400, "validation", "Invalid request", "The identity provider refused the user");
                default:
                    LOG.errorf("Keycloak answered HTTP %d to creating a user", response.getStatus());
                    throw new ApiException(502, "identity-provider-failed", "Bad gateway",
                            "The identity provider could not create the user. The request id identifies it in the gateway's logs.");
            }
        }
    }

    private static ErrorRepresentation readError(Response response) {
        try {
            return response.readEntity(ErrorRepresentation.class);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void removeQuietly(RealmResource realm, String id) {
        try (Response ignored = realm.users().delete(id)) {
            LOG.infof("Removed the half-created user %s", id);
        } catch (RuntimeException e) {
            LOG.errorf("Could not remove the half-created user %s: %s", id, e);
        }
    }

    private static UserRepresentation userRepresentation(RealmResource realm, String id) {
        if (!KEYCLOAK_ID.matcher(id).matches()) {
            throw ApiException.notFound("User", id);
        }
        UserRepresentation rep = realm.users().get(id).toRepresentation();
        if (rep.getServiceAccountClientId() != null) {
            throw ApiException.notFound("User", id); // a machine client, not a user to administer here
        }
        return rep;
    }

    private static UserView view(RealmResource realm, UserRepresentation rep) {
        UserResource user = realm.users().get(rep.getId());
        List<String> paths = user.groups().stream().map(GroupRepresentation::getPath).toList();
        return new UserView(rep.getId(), rep.getUsername(), rep.getEmail(), rep.getFirstName(), rep.getLastName(),
                Boolean.TRUE.equals(rep.isEnabled()), directRoles(user).stream().sorted().toList(),
                codesUnder(paths, DEPARTMENTS), codesUnder(paths, PARTY_GROUPS),
                rep.getRequiredActions() == null ? List.of() : List.copyOf(rep.getRequiredActions()),
                rep.getCreatedTimestamp() == null ? null
                        : OffsetDateTime.ofInstant(Instant.ofEpochMilli(rep.getCreatedTimestamp()), ZoneOffset.UTC));
    }

    /** Styrplan's roles assigned to the user directly (composites such as viewer in admin are not repeated). */
    private static Set<String> directRoles(UserResource user) {
        return user.roles().realmLevel().listAll().stream().map(RoleRepresentation::getName).filter(ROLES::contains)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static List<String> codesUnder(List<String> paths, String parent) {
        String prefix = "/" + parent + "/";
        return paths.stream().filter(p -> p != null && p.startsWith(prefix)).map(p -> p.substring(prefix.length()))
                .sorted().toList();
    }

    private static void addRoles(RealmResource realm, UserResource user, Collection<String> names) {
        List<RoleRepresentation> roles = names.stream().distinct().map(name -> role(realm, name)).toList();
        if (!roles.isEmpty()) {
            user.roles().realmLevel().add(roles);
        }
    }

    private static RoleRepresentation role(RealmResource realm, String name) {
        return realm.roles().get(name).toRepresentation();
    }

    private static void joinGroups(UserResource user, List<String> codes, Map<String, RealmGroup> groups) {
        codes.stream().distinct().forEach(code -> user.joinGroup(groups.get(code).id()));
    }

    private record RealmGroup(String id, String code, String name) {
    }

    /** The subgroups of /departments or /party-groups, by code, with their display names. */
    private static Map<String, RealmGroup> subgroups(RealmResource realm, String parent) {
        GroupRepresentation top = realm.getGroupByPath(parent);
        Map<String, RealmGroup> groups = new LinkedHashMap<>();
        for (GroupRepresentation group : realm.groups().group(top.getId()).getSubGroups(0, 1000, false)) {
            List<String> display = group.getAttributes() == null ? null : group.getAttributes().get("displayName");
            String name = display == null || display.isEmpty() ? group.getName() : display.get(0);
            groups.put(group.getName(), new RealmGroup(group.getId(), group.getName(), name));
        }
        return groups;
    }

    private static List<GroupCatalogue.Group> catalogue(Map<String, RealmGroup> groups) {
        return groups.values().stream()
                .sorted((a, b) -> SWEDISH.compare(a.name(), b.name()))
                .map(g -> new GroupCatalogue.Group(g.code(), g.name()))
                .toList();
    }

    private static List<Problem.FieldError> checkRoles(List<String> roles) {
        return roles.stream().filter(role -> !ROLES.contains(role)).distinct()
                .map(role -> new Problem.FieldError("roles", "'" + role + "' is not a role; use " + String.join(", ", ROLES)))
                .toList();
    }

    private static List<Problem.FieldError> checkGroups(String field, String kind, List<String> codes,
            Map<String, RealmGroup> known) {
        return codes.stream().filter(code -> !known.containsKey(code)).distinct()
                .map(code -> new Problem.FieldError(field, "'" + code + "' is not a " + kind + "; GET /api/admin/groups lists them"))
                .toList();
    }

    private static void refuseIfAny(List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                    : errors.size() + " inputs are invalid";
            throw new ApiException(400, "validation", "Invalid request", detail, errors);
        }
    }

    private boolean isCaller(String id) {
        return id != null && id.equals(caller.getSubject());
    }

    private static Supplier<ApiException> notFound(String id) {
        return () -> ApiException.notFound("User", id);
    }
}
