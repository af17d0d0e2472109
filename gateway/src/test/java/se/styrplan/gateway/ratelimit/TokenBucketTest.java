package se.styrplan.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The bucket's arithmetic on a clock the test moves: no sleeping, no timing. */
class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;
    private final AtomicLong now = new AtomicLong(1_000 * SECOND);

    @Test
    void aFullBucketAllowsItsCapacityAtOnceThenSaysHowLongToWait() {
        TokenBucket bucket = new TokenBucket(10, Duration.ofSeconds(10), now.get());
        for (int i = 0; i < 10; i++) {
            assertThat(bucket.tryTake(now.get())).as("request " + i).isZero();
        }
        long wait = bucket.tryTake(now.get());
        assertThat(wait).isEqualTo(SECOND); // one token per second
        now.addAndGet(SECOND / 2);
        assertThat(bucket.tryTake(now.get())).isEqualTo(SECOND / 2);
        now.addAndGet(SECOND / 2);
        assertThat(bucket.tryTake(now.get())).isZero();
        assertThat(bucket.tryTake(now.get())).isPositive();
    }

    @Test
    void refillStopsAtCapacity() {
        TokenBucket bucket = new TokenBucket(3, Duration.ofSeconds(3), now.get());
        now.addAndGet(3600 * SECOND);
        for (int i = 0; i < 3; i++) {
            assertThat(bucket.tryTake(now.get())).isZero();
        }
        assertThat(bucket.tryTake(now.get())).isPositive();
    }

    @Test
    void aRefusedRequestTakesNothing() {
        TokenBucket bucket = new TokenBucket(1, Duration.ofSeconds(1), now.get());
        assertThat(bucket.tryTake(now.get())).isZero();
        for (int i = 0; i < 100; i++) {
            bucket.tryTake(now.get());
        }
        now.addAndGet(SECOND);
        assertThat(bucket.tryTake(now.get())).as("refused attempts did not push the refill back").isZero();
    }

    @Test
    void keysHaveTheirOwnBucketsAndRefilledOnesAreForgotten() {
        RateLimits limits = new RateLimits(2, Duration.ofSeconds(2), now::get);
        assertThat(limits.tryTake("a")).isZero();
        assertThat(limits.tryTake("a")).isZero();
        assertThat(limits.tryTake("a")).isPositive();
        assertThat(limits.tryTake("b")).isZero();
        limits.forgetIdle();
        assertThat(limits.size()).isEqualTo(2);
        now.addAndGet(2 * SECOND);
        limits.forgetIdle();
        assertThat(limits.size()).isZero();
        assertThat(limits.tryTake("a")).isZero();
    }

    @Test
    void theClientIsTheTokensIssuerAndSubjectElseNothing() {
        String payload = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"iss\":\"https://kc/realms/styrplan\",\"sub\":\"u-1\",\"azp\":\"x\"}".getBytes());
        assertThat(ClientKey.bearerSubject("Bearer h." + payload + ".s")).isEqualTo("https://kc/realms/styrplan|u-1");
        assertThat(ClientKey.bearerSubject("bearer h." + payload + ".s")).isEqualTo("https://kc/realms/styrplan|u-1");
        assertThat(ClientKey.bearerSubject("Basic dXNlcjpwYXNz")).isNull();
        assertThat(ClientKey.bearerSubject("Bearer not-a-jwt")).isNull();
        assertThat(ClientKey.bearerSubject("Bearer a.%%%.c")).isNull();
        assertThat(ClientKey.bearerSubject(null)).isNull();
    }
}
