package io.autoposter.desktop.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Fixture times written as if today were {@link #WRITTEN_ON}, moved by whole days to today, so that
 * "published three days ago" and "due in eleven days" stay true whenever the tests run (the post
 * list holds the last week onward) while the times of day, and so the screenshots, stay the same.
 */
public final class FixtureDates {

  /** The day the fixtures' dates were written for. */
  public static final LocalDate WRITTEN_ON = LocalDate.of(2026, 11, 23);

  private FixtureDates() {}

  /** {@code iso} (an ISO instant) moved by as many days as today is after {@link #WRITTEN_ON}. */
  public static Instant shift(String iso) {
    return shift(iso, Clock.systemUTC());
  }

  static Instant shift(String iso, Clock clock) {
    long days =
        LocalDate.now(clock.withZone(ZoneOffset.UTC)).toEpochDay() - WRITTEN_ON.toEpochDay();
    return Instant.parse(iso).plus(Duration.ofDays(days));
  }
}
