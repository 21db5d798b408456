package io.autoposter.desktop.accounts;

import io.autoposter.model.api.TokenHealth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How an account's health reads on its row: "Healthy", "Reconnect by 14 Jan 2027" or "Broken: <the
 * platform's reason>", and whether a Reconnect button belongs beside it.
 *
 * @param tone "healthy", "expiring" or "broken", the row's style
 */
record HealthLine(String text, String detail, String tone, boolean offersReconnect) {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  static HealthLine of(TokenHealth health, ZoneId zone) {
    return switch (health.state()) {
      case HEALTHY ->
          new HealthLine(
              "Healthy",
              health.reconnectBy() == null
                  ? "Autoposter can publish to it."
                  : "Renews itself; access ends " + DAY.format(health.reconnectBy().atZone(zone)),
              "healthy",
              false);
      case EXPIRING ->
          new HealthLine(
              health.reconnectBy() == null
                  ? "Expiring"
                  : "Reconnect by " + DAY.format(health.reconnectBy().atZone(zone)),
              sentence(health.reason(), "Its sign-in ends soon."),
              "expiring",
              true);
      case BROKEN ->
          new HealthLine(
              "Needs reconnecting",
              sentence(health.reason(), "The platform no longer accepts its sign-in."),
              "broken",
              true);
    };
  }

  private static String sentence(String text, String fallback) {
    return text == null || text.isBlank() ? fallback : text;
  }
}
