package io.autoposter.server.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.autoposter.server.api.ProblemException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  private static final RateLimiter.Action SIGN_IN = RateLimiter.Action.SIGN_IN;
  private Instant now = Instant.parse("2030-01-01T00:00:00Z");
  private final RateLimiter limiter =
      new RateLimiter(
          new Clock() {
            @Override
            public Instant instant() {
              return now;
            }

            @Override
            public java.time.ZoneId getZone() {
              return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
              return this;
            }
          });

  @Test
  void delaysGrowAfterFiveFreeFailuresUpToFifteenMinutes() {
    assertThat(RateLimiter.delayAfter(5)).isZero();
    assertThat(RateLimiter.delayAfter(6)).hasSeconds(1);
    assertThat(RateLimiter.delayAfter(7)).hasSeconds(2);
    assertThat(RateLimiter.delayAfter(8)).hasSeconds(4);
    assertThat(RateLimiter.delayAfter(40)).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void sixthFailureMakesTheNextAttemptWaitWithRetryAfter() {
    for (int i = 0; i < 5; i++) {
      limiter.check(SIGN_IN, "a@x.io", "1.1.1.1");
      limiter.failed(SIGN_IN, "a@x.io", "1.1.1.1");
    }
    assertThatNoException().isThrownBy(() -> limiter.check(SIGN_IN, "a@x.io", "1.1.1.1"));
    limiter.failed(SIGN_IN, "a@x.io", "1.1.1.1");

    assertThatThrownBy(() -> limiter.check(SIGN_IN, "A@X.io", "9.9.9.9"))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.problem().code()).isEqualTo("RATE_LIMITED");
              assertThat(e.problem().status()).isEqualTo(429);
              assertThat(e.retryAfterSeconds()).isEqualTo(1);
            });
    // The IP is throttled on its own too, whatever account it tries next.
    assertThatThrownBy(() -> limiter.check(SIGN_IN, "b@x.io", "1.1.1.1"))
        .isInstanceOf(ProblemException.class);

    now = now.plusSeconds(1);
    assertThatNoException().isThrownBy(() -> limiter.check(SIGN_IN, "a@x.io", "1.1.1.1"));
  }

  @Test
  void successResetsTheAccountAndCountersDecay() {
    for (int i = 0; i < 10; i++) {
      limiter.failed(SIGN_IN, "a@x.io", "1.1.1.1");
    }
    limiter.succeeded(SIGN_IN, "a@x.io");
    assertThatNoException().isThrownBy(() -> limiter.check(SIGN_IN, "a@x.io", "2.2.2.2"));
    assertThatThrownBy(() -> limiter.check(SIGN_IN, "a@x.io", "1.1.1.1"))
        .isInstanceOf(ProblemException.class);

    now = now.plus(RateLimiter.DECAY);
    assertThatNoException().isThrownBy(() -> limiter.check(SIGN_IN, "a@x.io", "1.1.1.1"));
  }

  @Test
  void actionsCountSeparately() {
    for (int i = 0; i < 10; i++) {
      limiter.failed(SIGN_IN, "a@x.io", "1.1.1.1");
    }
    assertThatNoException()
        .isThrownBy(() -> limiter.check(RateLimiter.Action.TOTP, "a@x.io", "1.1.1.1"));
  }
}
