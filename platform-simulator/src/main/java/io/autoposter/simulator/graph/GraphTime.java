package io.autoposter.simulator.graph;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Graph timestamps look like {@code 2026-12-03T11:57:23+0000}. */
final class GraphTime {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx").withZone(ZoneOffset.UTC);

  private GraphTime() {}

  static String format(Instant instant) {
    return FORMAT.format(instant);
  }
}
