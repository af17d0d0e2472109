package se.styrplan.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private long now = 1_000_000_000L;
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(5), () -> now);

    private void advance(Duration d) {
        now += d.toNanos();
    }

    @Test
    void staysClosedBelowTheThreshold() {
        breaker.onFailure();
        breaker.onFailure();
        assertThat(breaker.tryAcquire()).isTrue();
        assertThat(breaker.isOpen()).isFalse();
    }

    @Test
    void aSuccessResetsTheCount() {
        breaker.onFailure();
        breaker.onFailure();
        breaker.onSuccess();
        breaker.onFailure();
        breaker.onFailure();
        assertThat(breaker.tryAcquire()).isTrue();
    }

    @Test
    void opensAfterConsecutiveFailuresAndRefusesUntilTheOpenDurationIsOver() {
        fail(3);
        assertThat(breaker.isOpen()).isTrue();
        assertThat(breaker.tryAcquire()).isFalse();
        assertThat(breaker.retryAfterSeconds()).isEqualTo(5);
        advance(Duration.ofMillis(4_100));
        assertThat(breaker.tryAcquire()).isFalse();
        assertThat(breaker.retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void halfOpenLetsOneTrialThroughAndItsSuccessCloses() {
        fail(3);
        advance(Duration.ofSeconds(5));
        assertThat(breaker.tryAcquire()).isTrue();
        assertThat(breaker.tryAcquire()).as("only one trial at a time").isFalse();
        breaker.onSuccess();
        assertThat(breaker.isOpen()).isFalse();
        assertThat(breaker.tryAcquire()).isTrue();
        assertThat(breaker.tryAcquire()).isTrue();
    }

    @Test
    void aFailedTrialOpensAgainAtOnce() {
        fail(3);
        advance(Duration.ofSeconds(5));
        assertThat(breaker.tryAcquire()).isTrue();
        breaker.onFailure();
        assertThat(breaker.tryAcquire()).isFalse();
        advance(Duration.ofSeconds(5));
        assertThat(breaker.tryAcquire()).isTrue();
    }

    @Test
    void aSilentTrialExpires() {
        fail(3);
        advance(Duration.ofSeconds(5));
        assertThat(breaker.tryAcquire()).isTrue();
        advance(Duration.ofSeconds(5));
        assertThat(breaker.tryAcquire()).as("the lost trial does not block forever").isTrue();
    }

    @Test
    void thresholdMustBePositive() {
        assertThatThrownBy(() -> new CircuitBreaker(0, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            assertThat(breaker.tryAcquire()).isTrue();
            breaker.onFailure();
        }
    }
}
