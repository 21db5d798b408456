/**
 * The calendar: a brand's posts by month, week or day on the brand's clock, with drag to reschedule
 * (the same wall-clock time in the month, a time slot in the week and day; past and clock-change
 * targets ask), network marks and status colours, and the daily Instagram quota.
 */
package io.autoposter.desktop.calendar;
