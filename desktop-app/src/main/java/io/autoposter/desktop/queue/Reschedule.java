package io.autoposter.desktop.queue;

import java.time.LocalDate;
import java.util.Objects;

/** How a bulk reschedule moves each post; both keep each post's wall-clock time in its zone. */
public sealed interface Reschedule {

  /** Moves each post by a number of days (negative moves earlier). */
  record ShiftDays(int days) implements Reschedule {
    public ShiftDays {
      if (days == 0) {
        throw new IllegalArgumentException("shift by at least one day");
      }
    }
  }

  /** Puts each post on {@code date} at the time of day it had. */
  record ToDate(LocalDate date) implements Reschedule {
    public ToDate {
      Objects.requireNonNull(date, "date");
    }
  }
}
