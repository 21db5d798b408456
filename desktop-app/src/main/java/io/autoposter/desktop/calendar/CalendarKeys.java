package io.autoposter.desktop.calendar;

import java.util.function.Predicate;
import javafx.scene.Node;

/**
 * Names the calendar's many per-day and per-post nodes for tests without CSS ids. JavaFX keys its
 * CSS cache by id, so an id unique to each chip defeats style sharing and grows the scene's style
 * cache with every page shown (the calendar ran out of a 128 MB heap in 60 week pages).
 */
public final class CalendarKeys {

  private static final String KEY = "autoposter.calendar.key";

  private CalendarKeys() {}

  static <N extends Node> N tag(N node, String key) {
    node.getProperties().put(KEY, key);
    return node;
  }

  /**
   * For lookups: the node tagged {@code key}, such as "chip-&lt;post id&gt;" or "day-2026-12-24".
   */
  public static Predicate<Node> tagged(String key) {
    return node -> key.equals(node.getProperties().get(KEY));
  }
}
