package se.styrplan.gateway.users;

/** What other test packages need of {@link KeycloakLogin}. */
public final class TestLogins {

    private TestLogins() {
    }

    /** A real token of the realm's admin-cli client (audience not styrplan-api). */
    public static String adminCliToken(String username, String password) {
        return KeycloakLogin.passwordAtAdminCli(username, password).accessToken();
    }
}
