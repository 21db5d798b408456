package io.autoposter.desktop.ui;

/** Short one-line previews of long texts, for lists and questions. */
public final class Snippets {

  private Snippets() {}

  /**
   * {@code text} on one line (line breaks become spaces), cut at a word boundary to at most {@code
   * max} characters with "…"; never splits an emoji or other surrogate pair.
   */
  public static String of(String text, int max) {
    if (text == null) {
      return "";
    }
    String line = text.strip().replaceAll("\\s+", " ");
    if (line.codePointCount(0, line.length()) <= max) {
      return line;
    }
    int end = line.offsetByCodePoints(0, max - 1);
    int space = line.lastIndexOf(' ', end);
    if (space > end * 2 / 3) {
      end = space;
    }
    return line.substring(0, end).stripTrailing() + "…";
  }
}
