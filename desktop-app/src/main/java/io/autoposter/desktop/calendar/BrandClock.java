package io.autoposter.desktop.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The brand's clock beside the person's own: the calendar shows the brand's hours and names the
 * person's where they differ.
 */
record BrandClock(ZoneId brand, ZoneId mine) {

  private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

  /**
   * The person's time at {@code hour}:00 of {@code day} on the brand's clock; empty if the same.
   */
  String localHour(LocalDate day, int hour) {
    ZonedDateTime at = ZonedDateTime.of(day, LocalTime.of(hour, 0), brand);
    ZonedDateTime local = at.withZoneSameInstant(mine);
    return local.getOffset().equals(at.getOffset()) ? "" : Moves.TIME.format(local);
  }

  /** The brand's zone name at noon of {@code day}, such as "CET". */
  String zoneName(LocalDate day) {
    return ZONE.format(noon(day));
  }

  /** The person's zone name at that time, or empty when the clocks agree. */
  String localZoneName(LocalDate day) {
    ZonedDateTime noon = noon(day);
    ZonedDateTime local = noon.withZoneSameInstant(mine);
    if (local.getOffset().equals(noon.getOffset())) {
      return "";
    }
    return mine.normalized() instanceof java.time.ZoneOffset
        ? Moves.city(mine)
        : ZONE.format(local);
  }

  /** "Times in Rome (CET) · your clock (UTC) is 1 h behind". */
  String note(LocalDate day) {
    ZonedDateTime noon = noon(day);
    String note = "Times in %s (%s)".formatted(Moves.city(brand), ZONE.format(noon));
    ZoneOffset local = noon.withZoneSameInstant(mine).getOffset();
    int minutes = (local.getTotalSeconds() - noon.getOffset().getTotalSeconds()) / 60;
    if (minutes == 0) {
      return note;
    }
    int size = Math.abs(minutes);
    String amount =
        size % 60 == 0
            ? size / 60 + " h"
            : size < 60 ? size + " min" : "%d h %02d min".formatted(size / 60, size % 60);
    return note
        + " · your clock (%s) is %s %s"
            .formatted(Moves.city(mine), amount, minutes < 0 ? "behind" : "ahead");
  }

  private ZonedDateTime noon(LocalDate day) {
    return day.atTime(12, 0).atZone(brand);
  }
}
