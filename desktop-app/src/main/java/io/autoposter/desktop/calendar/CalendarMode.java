package io.autoposter.desktop.calendar;

/** How much of the calendar one page shows; the key switches to it on the calendar screen. */
public enum CalendarMode {
  MONTH("Month", "M"),
  WEEK("Week", "W"),
  DAY("Day", "D");

  private final String label;
  private final String key;

  CalendarMode(String label, String key) {
    this.label = label;
    this.key = key;
  }

  public String label() {
    return label;
  }

  /** The letter that switches to this view while the calendar has the focus. */
  public String key() {
    return key;
  }
}
