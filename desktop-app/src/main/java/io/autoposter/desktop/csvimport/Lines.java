package io.autoposter.desktop.csvimport;

import java.util.ArrayList;
import java.util.List;

/** Line numbers in words: "2–9, 12 and 15". */
final class Lines {

  private Lines() {}

  static String describe(List<Integer> lines) {
    List<String> parts = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      int start = lines.get(i);
      int end = start;
      while (i + 1 < lines.size() && lines.get(i + 1) == end + 1) {
        end = lines.get(++i);
      }
      parts.add(start == end ? Integer.toString(start) : start + "–" + end);
      i++;
    }
    if (parts.size() <= 1) {
      return String.join("", parts);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.getLast();
  }
}
