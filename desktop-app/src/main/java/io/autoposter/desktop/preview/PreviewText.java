package io.autoposter.desktop.preview;

import java.text.BreakIterator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text rules the feeds apply: cutting a caption for "more", finding and shortening links. */
final class PreviewText {

  /** Links as people type them in captions: with a scheme, or starting with www. */
  static final Pattern URL =
      Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"]+[^\\s<>\".,;:!?)\\]}'’”]");

  private PreviewText() {}

  /**
   * The text cut after at most {@code maxChars} characters or {@code maxLines} lines, whichever
   * comes first, at a word break when there is one near the end and never inside a character (an
   * emoji or an accented letter stays whole); empty when the text fits.
   */
  static Optional<String> cut(String text, int maxChars, int maxLines) {
    int lineLimit = nthLineEnd(text, maxLines);
    int limit = Math.min(maxChars, lineLimit);
    if (text.length() <= limit) {
      return Optional.empty();
    }
    BreakIterator characters = BreakIterator.getCharacterInstance();
    characters.setText(text);
    int end = characters.preceding(limit + 1);
    if (end <= 0) {
      end = characters.following(0);
    }
    boolean cutByLines = lineLimit <= maxChars;
    if (!cutByLines && !Character.isWhitespace(text.charAt(end))) {
      // Inside a word: back up to the space before it, unless that throws away too much.
      int space = lastSpace(text, end);
      if (space > end * 2 / 3) {
        end = space;
      }
    }
    return Optional.of(text.substring(0, end).stripTrailing());
  }

  /**
   * {@code text} broken into lines of at most {@code width} characters at spaces (a longer word
   * gets a line of its own), keeping the text's own line breaks.
   */
  static java.util.List<String> lines(String text, int width) {
    java.util.List<String> lines = new java.util.ArrayList<>();
    for (String paragraph : text.split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.split(" ")) {
        if (line.length() > 0 && line.length() + 1 + word.length() > width) {
          lines.add(line.toString());
          line.setLength(0);
        }
        if (line.length() > 0) {
          line.append(' ');
        }
        line.append(word);
      }
      lines.add(line.toString());
    }
    return lines;
  }

  /** The first link in {@code text}, if any. */
  static Optional<String> firstUrl(String text) {
    Matcher matcher = URL.matcher(text);
    return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
  }

  /**
   * A link as X displays it: without the scheme and "www.", cut to 23 characters with "…" (the t.co
   * link behind it always counts 23).
   */
  static String xDisplay(String url) {
    String shown = url.replaceFirst("(?i)^https?://", "").replaceFirst("(?i)^www\\.", "");
    return shown.length() > 23 ? shown.substring(0, 22) + "…" : shown;
  }

  /** {@code text} with every link shown as X shows it. */
  static String withXLinks(String text) {
    Matcher matcher = URL.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(out, Matcher.quoteReplacement(xDisplay(matcher.group())));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** The host of a link, for link cards ("trattoria-roma.it"). */
  static String host(String url) {
    String rest = url.replaceFirst("(?i)^https?://", "").replaceFirst("(?i)^www\\.", "");
    int slash = rest.indexOf('/');
    return (slash < 0 ? rest : rest.substring(0, slash)).toLowerCase(java.util.Locale.ROOT);
  }

  /** True when the first character with a strong direction is right to left. */
  static boolean rightToLeft(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      byte direction = Character.getDirectionality(cp);
      if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
          || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
        return true;
      }
      if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  private static int nthLineEnd(String text, int lines) {
    int index = -1;
    for (int i = 0; i < lines; i++) {
      index = text.indexOf('\n', index + 1);
      if (index < 0) {
        return Integer.MAX_VALUE;
      }
    }
    return index;
  }

  private static int lastSpace(String text, int before) {
    for (int i = before - 1; i > 0; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
