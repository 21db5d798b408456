package io.autoposter.server.publish;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** What every network's read-back shares: how far back to look and reading platform times. */
final class Reconciliation {
  /** A post made this long before our first attempt cannot be ours (clocks differ a little). */
  static final Duration CLOCK_SLACK = Duration.ofMinutes(5);

  private static final DateTimeFormatter GRAPH_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");

  private Reconciliation() {}

  /** ISO-8601 ({@code 2026-12-04T01:00:00Z}) or Graph's {@code 2026-12-04T01:00:00+0000}. */
  static Optional<Instant> instant(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(text));
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(OffsetDateTime.parse(text, GRAPH_TIME).toInstant());
      } catch (DateTimeParseException again) {
        return Optional.empty();
      }
    }
  }
}
