package io.autoposter.simulator.graph;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.autoposter.simulator.state.PublishedItem;
import io.autoposter.simulator.web.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/** Plausible, stable insight numbers: a per-post base that grows with the post's age. */
final class Insights {
  static final Set<String> INSTAGRAM =
      Set.of(
          "reach",
          "likes",
          "comments",
          "saved",
          "shares",
          "views",
          "impressions",
          "total_interactions");
  static final Set<String> FACEBOOK =
      Set.of(
          "post_impressions",
          "post_impressions_unique",
          "post_clicks",
          "post_reactions_like_total",
          "post_engaged_users");

  private Insights() {}

  static long value(PublishedItem item, String metric, int comments, Instant now) {
    long minutes = Math.max(0, Duration.between(item.createdAt(), now).toMinutes());
    long reach = 40 + Math.floorMod(item.id().hashCode(), 360) + Math.min(minutes * 2, 5_000);
    return switch (metric) {
      case "reach", "post_impressions_unique" -> reach;
      case "impressions", "views", "post_impressions" -> reach * 13 / 10;
      case "likes", "post_reactions_like_total" -> reach / 12;
      case "comments" -> comments + reach / 80;
      case "saved" -> reach / 60;
      case "shares" -> reach / 90;
      case "post_clicks" -> reach / 20;
      default -> reach / 12 + reach / 60 + reach / 90 + comments + reach / 80;
    };
  }

  /** Graph's insights shape: {@code data[{name, period, values[{value}], title, id}]}. */
  static ObjectNode answer(
      PublishedItem item, Iterable<String> metrics, int comments, Instant now) {
    ArrayNode data = Json.array();
    for (String metric : metrics) {
      ObjectNode entry = data.addObject();
      entry.put("name", metric).put("period", "lifetime");
      entry.putArray("values").addObject().put("value", value(item, metric, comments, now));
      entry.put("title", title(metric));
      entry.put("id", item.id() + "/insights/" + metric + "/lifetime");
    }
    ObjectNode body = Json.object();
    body.set("data", data);
    return body;
  }

  private static String title(String metric) {
    String words = metric.replace("post_", "").replace('_', ' ');
    return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }
}
