package io.autoposter.desktop.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The four switch days of 2026 in Berlin and New York, and an ordinary day. */
class WallClockTest {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Test
  void anOrdinaryTimeIsOneInstant() {
    assertThat(WallClock.of(LocalDate.of(2026, 3, 28), LocalTime.of(2, 30), BERLIN))
        .isEqualTo(new WallClock.Exact(Instant.parse("2026-03-28T01:30:00Z")));
  }

  @Test
  void berlinSpringSkipsHalfPastTwo() {
    WallClock clock = WallClock.of(LocalDate.of(2026, 3, 29), LocalTime.of(2, 30), BERLIN);

    assertThat(clock).isInstanceOf(WallClock.Skipped.class);
    WallClock.Skipped skipped = (WallClock.Skipped) clock;
    assertThat(skipped.question())
        .isEqualTo(
            "02:30 does not exist on 29 Mar 2026 in Berlin: the clocks jump from 02:00 to 03:00.");
    assertThat(skipped.options())
        .extracting(WallClock.Option::instant)
        .containsExactly(
            Instant.parse("2026-03-29T01:30:00Z"), Instant.parse("2026-03-29T00:30:00Z"));
    assertThat(skipped.options().get(0).label()).startsWith("03:30").endsWith("(after the change)");
    assertThat(skipped.options().get(1).label())
        .startsWith("01:30")
        .endsWith("(before the change)");
  }

  @Test
  void berlinAutumnPassesHalfPastTwoTwice() {
    WallClock clock = WallClock.of(LocalDate.of(2026, 10, 25), LocalTime.of(2, 30), BERLIN);

    WallClock.Twice twice = (WallClock.Twice) clock;
    assertThat(twice.question())
        .isEqualTo(
            "02:30 happens twice on 25 Oct 2026 in Berlin: the clocks go back from 03:00 to"
                + " 02:00.");
    assertThat(twice.options())
        .extracting(WallClock.Option::instant)
        .containsExactly(
            Instant.parse("2026-10-25T00:30:00Z"), Instant.parse("2026-10-25T01:30:00Z"));
    assertThat(twice.options().get(0).label())
        .isEqualTo("The first 02:30 (UTC+02:00, before the change)");
    assertThat(twice.options().get(1).label())
        .isEqualTo("The second 02:30 (UTC+01:00, after the change)");
  }

  @Test
  void newYorkSpringAndAutumn() {
    WallClock.Skipped spring =
        (WallClock.Skipped) WallClock.of(LocalDate.of(2026, 3, 8), LocalTime.of(2, 30), NEW_YORK);
    assertThat(spring.question()).contains("in New York").contains("from 02:00 to 03:00");
    assertThat(spring.options().getFirst().instant())
        .isEqualTo(Instant.parse("2026-03-08T07:30:00Z"));

    WallClock.Twice autumn =
        (WallClock.Twice) WallClock.of(LocalDate.of(2026, 11, 1), LocalTime.of(1, 30), NEW_YORK);
    assertThat(autumn.options())
        .extracting(WallClock.Option::instant)
        .containsExactly(
            Instant.parse("2026-11-01T05:30:00Z"), Instant.parse("2026-11-01T06:30:00Z"));
  }
}
