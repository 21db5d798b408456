package io.autoposter.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.sync.HybridTimestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PostWritesTest {
  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  @Test
  void clientClockFarAheadIsClampedToServerTime() {
    HybridTimestamp ahead = new HybridTimestamp(NOW.plusSeconds(3600).toEpochMilli(), 7, "laptop");

    assertThat(PostWrites.clamp(ahead, NOW))
        .isEqualTo(new HybridTimestamp(NOW.toEpochMilli(), 0, "laptop"));
  }

  @Test
  void clientClockSlightlyAheadIsTrusted() {
    HybridTimestamp ahead = new HybridTimestamp(NOW.plusSeconds(30).toEpochMilli(), 1, "laptop");

    assertThat(PostWrites.clamp(ahead, NOW)).isEqualTo(ahead);
  }
}
