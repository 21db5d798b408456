package io.autoposter.desktop.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * One day of the calendar page.
 *
 * @param inMonth false for the days of the months before and after in a month view
 * @param items the day's posts in due-time order
 * @param quota the day's use of a platform quota, such as "IG 3/100 · X 2/100" (posts per 24 hours,
 *     PostingQuota); empty when none used
 * @param clockChanges the brand's clock change that day, if any (a 23- or 25-hour day)
 */
public record DayCell(
    LocalDate date,
    boolean inMonth,
    boolean today,
    List<CalendarItem> items,
    String quota,
    boolean overQuota,
    List<ClockChange> clockChanges) {}
