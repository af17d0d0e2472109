package se.styrplan.platform.security;

/** The realm roles of the {@code styrplan} Keycloak realm; every service authorises against these names. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String PLANNER = "planner";
    public static final String EDITOR = "editor";
    public static final String VIEWER = "viewer";

    private Roles() {
    }
}
