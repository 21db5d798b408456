package io.autoposter.model.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class HybridClockTest {

  private static final Clock FROZEN = Clock.fixed(Instant.ofEpochMilli(1_000), ZoneOffset.UTC);

  @Test
  void stampsIncreaseEvenWhenTheWallClockStands() {
    HybridClock clock = new HybridClock(FROZEN, "a");
    HybridTimestamp first = clock.now();
    HybridTimestamp second = clock.now();
    assertThat(second.isAfter(first)).isTrue();
    assertThat(second.counter()).isEqualTo(1);
  }

  @Test
  void observingARemoteStampOrdersLaterLocalEditsAfterIt() {
    HybridClock clock = new HybridClock(FROZEN, "a");
    HybridTimestamp remote = new HybridTimestamp(5_000, 3, "b");
    clock.observe(remote);
    assertThat(clock.now().isAfter(remote)).isTrue();
  }

  @Test
  void nodeBreaksTies() {
    assertThat(new HybridTimestamp(1, 1, "b").isAfter(new HybridTimestamp(1, 1, "a"))).isTrue();
  }
}
