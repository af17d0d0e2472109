package se.styrplan.platform.security.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** The cache's rules on a fake time: lifetime min(exp, max age), exact tokens only, off at zero, bounded. */
class VerifiedTokenCacheTest {

    private static final Duration MAX_AGE = Duration.ofSeconds(30);
    private static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJwZXRyYSJ9.c2lnbmF0dXJl";

    private final FakeTime time = new FakeTime(Instant.parse("2026-01-15T09:00:00Z"));

    private VerifiedTokenCache cache(Duration maxAge, long maxEntries) {
        return new VerifiedTokenCache(maxAge, maxEntries, time.clock(), time, Runnable::run);
    }

    private static SecurityIdentity identity(String name) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(name)).addRole("viewer").build();
    }

    @Test
    void aTokenExpiringBeforeTheMaximumIsKeptUntilItsExp() {
        VerifiedTokenCache cache = cache(MAX_AGE, 100);
        SecurityIdentity petra = identity("petra");
        cache.remember(TOKEN, petra, time.now().plusSeconds(10));

        time.advance(Duration.ofSeconds(10).minusMillis(1));
        assertThat(cache.find(TOKEN)).isSameAs(petra);
        time.advance(Duration.ofMillis(1));
        assertThat(cache.find(TOKEN)).isNull();
    }

    @Test
    void aLongLivedTokenIsKeptForTheMaximumOnly() {
        VerifiedTokenCache cache = cache(MAX_AGE, 100);
        SecurityIdentity petra = identity("petra");
        cache.remember(TOKEN, petra, time.now().plus(Duration.ofMinutes(5)));

        time.advance(MAX_AGE.minusMillis(1));
        assertThat(cache.find(TOKEN)).isSameAs(petra);
        time.advance(Duration.ofMillis(1));
        assertThat(cache.find(TOKEN)).isNull();
    }

    @Test
    void readingAnEntryDoesNotExtendItsLife() {
        VerifiedTokenCache cache = cache(MAX_AGE, 100);
        cache.remember(TOKEN, identity("petra"), time.now().plus(Duration.ofMinutes(5)));
        for (int second = 0; second < 29; second++) {
            time.advance(Duration.ofSeconds(1));
            assertThat(cache.find(TOKEN)).isNotNull();
        }
        time.advance(Duration.ofSeconds(1));
        assertThat(cache.find(TOKEN)).isNull();
    }

    @Test
    void anExpiredTokenOrOneWithoutExpiryIsNotKept() {
        VerifiedTokenCache cache = cache(MAX_AGE, 100);
        cache.remember("expired", identity("a"), time.now().minusSeconds(1));
        cache.remember("expiring-now", identity("b"), time.now());
        cache.remember("no-exp", identity("c"), null);

        assertThat(cache.find("expired")).isNull();
        assertThat(cache.find("expiring-now")).isNull();
        assertThat(cache.find("no-exp")).isNull();
        assertThat(cache.size()).isZero();
    }

    @Test
    void aTokenDifferingInOneCharacterIsAMiss() {
        VerifiedTokenCache cache = cache(MAX_AGE, 100);
        SecurityIdentity petra = identity("petra");
        cache.remember(TOKEN, petra, time.now().plus(Duration.ofMinutes(5)));
        char last = TOKEN.charAt(TOKEN.length() - 1);
        String oneCharOff = TOKEN.substring(0, TOKEN.length() - 1) + (char) (last + 1);
        String middleCharOff = TOKEN.substring(0, 40) + (TOKEN.charAt(40) == 'A' ? 'B' : 'A') + TOKEN.substring(41);

        assertThat(cache.find(oneCharOff)).isNull();
        assertThat(cache.find(middleCharOff)).isNull();
        assertThat(cache.find(TOKEN.toLowerCase())).isNull();
        assertThat(cache.find(TOKEN + " ")).isNull();
        assertThat(cache.find(TOKEN)).isSameAs(petra);
    }

    @Test
    void aDisabledCacheNeverStores() {
        VerifiedTokenCache cache = cache(Duration.ZERO, 100);
        cache.remember(TOKEN, identity("petra"), time.now().plus(Duration.ofMinutes(5)));

        assertThat(cache.enabled()).isFalse();
        assertThat(cache.find(TOKEN)).isNull();
        assertThat(cache.size()).isZero();
    }

    @Test
    void itHoldsNoMoreThanItsMaximumNumberOfTokens() {
        VerifiedTokenCache cache = cache(MAX_AGE, 3);
        for (int i = 0; i < 50; i++) {
            cache.remember(TOKEN + i, identity("user" + i), time.now().plus(Duration.ofMinutes(5)));
        }
        cache.cleanUp();

        assertThat(cache.size()).isBetween(1L, 3L);
        long found = 0;
        for (int i = 0; i < 50; i++) {
            found += cache.find(TOKEN + i) != null ? 1 : 0;
        }
        assertThat(found).isBetween(1L, 3L);
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThatThrownBy(() -> cache(Duration.ofSeconds(-1), 100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cache(MAX_AGE, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
