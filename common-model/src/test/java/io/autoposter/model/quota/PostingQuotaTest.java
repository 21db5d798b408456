package io.autoposter.model.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.autoposter.model.Network;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostingQuotaTest {
  private static final Instant NOON = Instant.parse("2026-12-10T12:00:00Z");
  private final PostingQuota three = new PostingQuota(Network.INSTAGRAM, 3, Duration.ofHours(24));

  private static Instant hours(double h) {
    return NOON.plusSeconds((long) (h * 3600));
  }

  @Test
  void anEmptyAccountAllowsAPost() {
    assertThat(three.allows(List.of(), NOON)).isTrue();
    assertThat(three.busiest(List.of(), NOON).count()).isZero();
  }

  @Test
  void threePostsInTheDayBeforeFillIt() {
    List<Instant> others = List.of(hours(-23), hours(-10), hours(-1));

    assertThat(three.allows(others, NOON)).isFalse();
    assertThat(three.busiest(others, NOON))
        .isEqualTo(new PostingQuota.Busiest(3, hours(-23), hours(1)));
  }

  @Test
  void theWindowMovesAPostOlderThanADayNoLongerCounts() {
    List<Instant> others = List.of(hours(-24), hours(-10), hours(-1));

    assertThat(three.allows(others, NOON)).isTrue();
  }

  @Test
  void postsAfterTheDueTimeCountToo() {
    List<Instant> others = List.of(hours(-5), hours(3), hours(18));

    assertThat(three.allows(others, NOON)).isFalse();
    assertThat(three.busiest(others, NOON).from()).isEqualTo(hours(-5));
  }

  @Test
  void noSingleWindowHoldsPostsSpreadOverTwoDays() {
    // 2 a day before and 2 a day after, never 3 within 24 hours of each other with the new one.
    List<Instant> others = List.of(hours(-23.5), hours(-23), hours(23), hours(23.5));

    assertThat(three.busiest(others, NOON).count()).isEqualTo(2);
    assertThat(three.allows(others, NOON)).isTrue();
  }

  @Test
  void matchesABruteForceCountOverManyWindows() {
    PostingQuota quota = new PostingQuota(Network.X, 5, Duration.ofHours(24));
    List<Instant> others = new ArrayList<>();
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 40; i++) {
      others.add(hours(random.nextInt(96) - 48));
    }
    int brute = 0;
    for (int minute = -24 * 60 + 1; minute <= 0; minute++) {
      Instant start = NOON.plusSeconds(minute * 60L);
      Instant end = start.plus(Duration.ofHours(24));
      int count =
          (int) others.stream().filter(at -> !at.isBefore(start) && at.isBefore(end)).count();
      brute = Math.max(brute, count);
    }

    assertThat(quota.busiest(others, NOON).count()).isEqualTo(brute);
  }

  @Test
  void defaultsNameTheNetworksWithAQuota() {
    assertThat(PostingQuota.defaultFor(Network.INSTAGRAM)).map(PostingQuota::limit).contains(100);
    assertThat(PostingQuota.defaultFor(Network.X)).isPresent();
    assertThat(PostingQuota.defaultFor(Network.LINKEDIN)).isEmpty();
    assertThatThrownBy(() -> new PostingQuota(Network.X, 1, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
