package io.autoposter.desktop.queue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a bulk action in words: how many posts it changed and, per reason, how many it
 * skipped — for example "Moved 12 posts; 2 published posts were skipped".
 */
final class BulkResult {

  private final String verb;
  private int done;
  private final Map<String, Integer> skipped = new LinkedHashMap<>();

  BulkResult(String verb) {
    this.verb = verb;
  }

  void done() {
    done++;
  }

  /** Counts one skipped post; {@code what} names it in the plural, e.g. "published posts". */
  void skipped(String singular, String plural) {
    skipped.merge(singular + "\u0000" + plural, 1, Integer::sum);
  }

  int doneCount() {
    return done;
  }

  int skippedCount() {
    return skipped.values().stream().mapToInt(Integer::intValue).sum();
  }

  String message() {
    List<String> parts = new ArrayList<>();
    parts.add(verb + " " + done + (done == 1 ? " post" : " posts"));
    skipped.forEach(
        (key, count) -> {
          String[] names = key.split("\u0000");
          parts.add(
              count == 1
                  ? "1 " + names[0] + " was skipped"
                  : count + " " + names[1] + " were skipped");
        });
    return String.join("; ", parts);
  }
}
