package io.autoposter.desktop.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * The days one page of the calendar shows: six weeks from Monday around a month, a week from
 * Monday, or one day.
 *
 * @param anchor the day the page was opened on; previous and next step from it
 */
record CalendarPage(CalendarMode mode, LocalDate anchor, LocalDate first, int days) {

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter DAY_MONTH =
      DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
  private static final DateTimeFormatter FULL =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter LONG_DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

  static CalendarPage of(CalendarMode mode, LocalDate anchor) {
    return switch (mode) {
      case MONTH ->
          new CalendarPage(
              mode,
              anchor,
              anchor.withDayOfMonth(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
              42);
      case WEEK ->
          new CalendarPage(
              mode, anchor, anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), 7);
      case DAY -> new CalendarPage(mode, anchor, anchor, 1);
    };
  }

  /** The anchor of the page {@code direction} pages on (−1 back, +1 forward). */
  LocalDate step(int direction) {
    return switch (mode) {
      case MONTH -> anchor.plusMonths(direction);
      case WEEK -> anchor.plusWeeks(direction);
      case DAY -> anchor.plusDays(direction);
    };
  }

  LocalDate end() {
    return first.plusDays(days);
  }

  /** Whether {@code date} belongs to what the page is about (not a neighbouring month's day). */
  boolean inFocus(LocalDate date) {
    return mode != CalendarMode.MONTH || YearMonth.from(date).equals(YearMonth.from(anchor));
  }

  /** "December 2026", "30 Nov – 6 Dec 2026" or "Tuesday 1 December 2026". */
  String title() {
    return switch (mode) {
      case MONTH -> MONTH.format(anchor);
      case DAY -> LONG_DAY.format(anchor);
      case WEEK -> {
        LocalDate last = first.plusDays(6);
        if (first.getYear() != last.getYear()) {
          yield FULL.format(first) + " – " + FULL.format(last);
        }
        yield (first.getMonth() == last.getMonth()
                ? Integer.toString(first.getDayOfMonth())
                : DAY_MONTH.format(first))
            + " – "
            + FULL.format(last);
      }
    };
  }

  /** How the empty note names the page: "December 2026", "this week", "Tue 1 Dec". */
  String name() {
    return switch (mode) {
      case MONTH -> MONTH.format(anchor);
      case WEEK -> "the week of " + DAY_MONTH.format(first);
      case DAY -> DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH).format(anchor);
    };
  }
}
