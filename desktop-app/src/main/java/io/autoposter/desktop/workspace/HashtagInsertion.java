package io.autoposter.desktop.workspace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What inserting a hashtag group at the caret adds: the group's tags not already in the text,
 * separated by spaces, with a space before and after where the neighbouring text needs one.
 */
final class HashtagInsertion {

  private HashtagInsertion() {}

  /** The text to insert at {@code caret} in {@code text}; empty when every tag is already there. */
  static String at(String text, int caret, List<String> tags) {
    String current = text == null ? "" : text;
    int at = Math.clamp(caret, 0, current.length());
    Set<String> present = new HashSet<>();
    for (String word : current.split("[\\s,.;:!?()]+")) {
      present.add(word.toLowerCase(Locale.ROOT));
    }
    List<String> missing = new ArrayList<>();
    for (String tag : tags) {
      if (present.add(tag.toLowerCase(Locale.ROOT))) {
        missing.add(tag);
      }
    }
    if (missing.isEmpty()) {
      return "";
    }
    StringBuilder insert = new StringBuilder();
    if (at > 0 && !Character.isWhitespace(current.charAt(at - 1))) {
      insert.append(' ');
    }
    insert.append(String.join(" ", missing));
    if (at < current.length() && !Character.isWhitespace(current.charAt(at))) {
      insert.append(' ');
    }
    return insert.toString();
  }
}
