package io.autoposter.desktop.ui;

import java.util.Locale;

/** File sizes in words people read: "850 KB", "2.4 MB", "3.2 of 10 MB". */
public final class Sizes {

  private static final long KB = 1_000;
  private static final long MB = 1_000_000;
  private static final long GB = 1_000_000_000;

  private Sizes() {}

  /** One size with its unit, such as "512 bytes", "48 KB", "2.4 MB" or "1.2 GB". */
  public static String of(long bytes) {
    if (bytes < KB) {
      return bytes == 1 ? "1 byte" : Math.max(0, bytes) + " bytes";
    }
    long unit = unitOf(bytes);
    return number(bytes, unit) + " " + name(unit);
  }

  /** Progress in the unit of the total, such as "3.2 of 10 MB" or "120 of 800 KB". */
  public static String progress(long done, long total) {
    long unit = total < KB ? 1 : unitOf(total);
    long clamped = Math.max(0, Math.min(done, total));
    return number(clamped, unit) + " of " + number(total, unit) + " " + name(unit);
  }

  private static long unitOf(long bytes) {
    if (bytes >= GB) {
      return GB;
    }
    return bytes >= MB ? MB : KB;
  }

  private static String name(long unit) {
    if (unit == GB) {
      return "GB";
    }
    if (unit == MB) {
      return "MB";
    }
    return unit == KB ? "KB" : "bytes";
  }

  /** At most one decimal, none when it would be ".0" or the number is 100 or more. */
  private static String number(long bytes, long unit) {
    double value = (double) bytes / unit;
    if (unit == 1 || value >= 100) {
      return Long.toString(Math.round(value));
    }
    String text = String.format(Locale.ENGLISH, "%.1f", value);
    return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
  }
}
