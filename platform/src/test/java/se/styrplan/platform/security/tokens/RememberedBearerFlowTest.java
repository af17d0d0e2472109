package se.styrplan.platform.security.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.Map;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.ext.web.RoutingContext;

/**
 * The provider and the two augmentors in the order Quarkus's identity provider manager runs them (provider, then on
 * its null item OIDC, then the augmentors by descending priority), with identities shaped as Quarkus OIDC builds
 * them. What the real OIDC accepts and refuses is plan-service's VerifiedTokensTest.
 */
class RememberedBearerFlowTest {

    private static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJwZXRyYSJ9.c2lnbmF0dXJlLXBldHJh";
    private static final AuthenticationRequestContext BLOCKING = supplier -> null;

    private SimpleMeterRegistry registry;
    private VerifiedTokens tokens;
    private RememberedBearerIdentityProvider provider;
    private final NoteVerifiedBearer note = new NoteVerifiedBearer();
    private RememberVerifiedBearer remember;

    @BeforeEach
    void setUp() {
        use(30);
    }

    private void use(int maxSeconds) {
        registry = new SimpleMeterRegistry();
        tokens = new VerifiedTokens(maxSeconds, 100, registry);
        provider = new RememberedBearerIdentityProvider(tokens);
        remember = new RememberVerifiedBearer(tokens);
    }

    @Test
    void aVerifiedBearerIsRememberedAndHandedOutWithTheCurrentRequest() {
        RoutingContext first = routingContext();
        TokenAuthenticationRequest request = bearerRequest(TOKEN, first);
        assertThat(provider.authenticate(request, BLOCKING).await().indefinitely()).isNull();
        SecurityIdentity verified = oidcIdentity(TOKEN, first, "viewer");
        augmentAll(verified, request.getAttributes());
        assertThat(tokens.size()).isEqualTo(1);

        RoutingContext second = routingContext();
        SecurityIdentity again = provider.authenticate(bearerRequest(TOKEN, second), BLOCKING).await().indefinitely();

        assertThat(again).isNotNull();
        assertThat(again.getPrincipal()).isSameAs(verified.getPrincipal());
        assertThat(again.getRoles()).containsExactly("viewer");
        assertThat(again.getCredential(AccessTokenCredential.class).getToken()).isEqualTo(TOKEN);
        assertThat(HttpSecurityUtils.getRoutingContextAttribute(again)).isSameAs(second);
        assertThat((Object) again.getAttribute(AuthenticationRequestContext.class.getName())).isSameAs(BLOCKING);
        assertThat(again.getAttribute("tenant-id").toString()).isEqualTo("Default");
        assertThat(lookups("miss")).isEqualTo(1);
        assertThat(lookups("hit")).isEqualTo(1);
    }

    @Test
    void theIdentityOidcMadeIsRememberedNotWhatAugmentorsMadeOfIt() {
        TokenAuthenticationRequest request = bearerRequest(TOKEN, routingContext());
        provider.authenticate(request, BLOCKING).await().indefinitely();
        SecurityIdentity verified = oidcIdentity(TOKEN, routingContext(), "viewer");

        note.augment(verified, BLOCKING, request.getAttributes()).await().indefinitely();
        SecurityIdentity augmented = QuarkusSecurityIdentity.builder(verified).addRole("augmented").build();
        remember.augment(augmented, BLOCKING, request.getAttributes()).await().indefinitely();

        SecurityIdentity again = provider.authenticate(bearerRequest(TOKEN, routingContext()), BLOCKING).await().indefinitely();
        assertThat(again.getRoles()).containsExactly("viewer");
    }

    @Test
    void aTokenRefusedByAnAugmentorIsNotRemembered() {
        TokenAuthenticationRequest request = bearerRequest(TOKEN, routingContext());
        provider.authenticate(request, BLOCKING).await().indefinitely();
        // OIDC verified it and the first augmentor noted it, but an augmentor in between failed: the last never runs
        note.augment(oidcIdentity(TOKEN, routingContext(), "viewer"), BLOCKING, request.getAttributes()).await().indefinitely();

        assertThat(tokens.size()).isZero();
        assertThat(provider.authenticate(bearerRequest(TOKEN, routingContext()), BLOCKING).await().indefinitely()).isNull();
        assertThat(lookups("hit")).isZero();
    }

    @Test
    void idTokensAndSessionsAreNeverLookedUpNorRemembered() {
        TokenAuthenticationRequest idTokenRequest = new TokenAuthenticationRequest(new IdTokenCredential(TOKEN));
        HttpSecurityUtils.setRoutingContextAttribute(idTokenRequest, routingContext());
        assertThat(provider.authenticate(idTokenRequest, BLOCKING).await().indefinitely()).isNull();
        assertThat(idTokenRequest.getAttributes()).doesNotContainKey(BearerInFlight.ATTRIBUTE);
        assertThat(lookups("miss") + lookups("hit")).isZero();

        // a code-flow identity (ID token plus the session's access token) reaching the augmentors of a bearer request
        TokenAuthenticationRequest bearer = bearerRequest(TOKEN, routingContext());
        provider.authenticate(bearer, BLOCKING).await().indefinitely();
        SecurityIdentity session = QuarkusSecurityIdentity.builder(oidcIdentity(TOKEN, routingContext(), "viewer"))
                .addCredential(new IdTokenCredential("id.token.value")).build();
        augmentAll(session, bearer.getAttributes());
        assertThat(tokens.size()).isZero();
    }

    @Test
    void anIdentityOfAnotherTokenIsNotRememberedUnderThisOne() {
        TokenAuthenticationRequest request = bearerRequest(TOKEN, routingContext());
        provider.authenticate(request, BLOCKING).await().indefinitely();
        augmentAll(oidcIdentity(TOKEN + "x", routingContext(), "admin"), request.getAttributes());

        assertThat(tokens.size()).isZero();
    }

    @Test
    void turnedOffItNeitherLooksUpNorRemembers() {
        use(0);
        TokenAuthenticationRequest request = bearerRequest(TOKEN, routingContext());
        assertThat(provider.authenticate(request, BLOCKING).await().indefinitely()).isNull();
        assertThat(request.getAttributes()).doesNotContainKey(BearerInFlight.ATTRIBUTE);
        augmentAll(oidcIdentity(TOKEN, routingContext(), "viewer"), request.getAttributes());

        assertThat(tokens.size()).isZero();
        assertThat(provider.authenticate(bearerRequest(TOKEN, routingContext()), BLOCKING).await().indefinitely()).isNull();
    }

    private void augmentAll(SecurityIdentity identity, Map<String, Object> attributes) {
        SecurityIdentity noted = note.augment(identity, BLOCKING, attributes).await().indefinitely();
        remember.augment(noted, BLOCKING, attributes).await().indefinitely();
    }

    private double lookups(String result) {
        var counter = registry.find(VerifiedTokens.LOOKUPS).tag("result", result).counter();
        return counter == null ? 0 : counter.count();
    }

    private static TokenAuthenticationRequest bearerRequest(String token, RoutingContext routingContext) {
        TokenAuthenticationRequest request = new TokenAuthenticationRequest(new AccessTokenCredential(token));
        HttpSecurityUtils.setRoutingContextAttribute(request, routingContext);
        return request;
    }

    /** Shaped as OidcUtils.validateAndCreateIdentity builds a bearer identity. */
    private static SecurityIdentity oidcIdentity(String token, RoutingContext routingContext, String role) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("petra");
        claims.setClaim("preferred_username", "petra");
        claims.setExpirationTime(NumericDate.fromSeconds(Instant.now().plusSeconds(300).getEpochSecond()));
        AccessTokenCredential credential = new AccessTokenCredential(token);
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new OidcJwtCallerPrincipal(claims, credential))
                .addCredential(credential)
                .addRole(role)
                .addAttribute(RoutingContext.class.getName(), routingContext)
                .addAttribute(AuthenticationRequestContext.class.getName(), (AuthenticationRequestContext) supplier -> null)
                .addAttribute("tenant-id", "Default")
                .build();
    }

    /** A routing context with no data (no DPoP proof, no client certificate); nothing else is asked of it. */
    private static RoutingContext routingContext() {
        return (RoutingContext) Proxy.newProxyInstance(RoutingContext.class.getClassLoader(), new Class<?>[] { RoutingContext.class },
                (proxy, method, args) -> switch (method.getName()) {
                    case "get" -> null;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "RoutingContext@" + System.identityHashCode(proxy);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
