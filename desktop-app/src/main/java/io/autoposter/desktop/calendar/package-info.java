/**
 * The calendar: a brand's posts by day in the brand's time zone, month or week, with drag to
 * reschedule (keeping the wall-clock time) and the daily Instagram quota.
 */
package io.autoposter.desktop.calendar;
