package io.autoposter.model.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Counts of hashtags, mentions and links in a caption, the way the networks see them. */
public final class TextCounts {

  // A hashtag starts after a non-word character and needs at least one letter: "#2024" is none.
  private static final Pattern HASHTAG =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}_&#])[#＃][\\p{L}\\p{M}\\p{N}_]*[\\p{L}\\p{M}_][\\p{L}\\p{M}\\p{N}_]*");
  // Instagram user names: letters, digits, '.' and '_', up to 30; an e-mail address is no mention.
  private static final Pattern MENTION =
      Pattern.compile("(?<![\\p{L}\\p{N}_.@])@[A-Za-z0-9._]{1,30}(?![A-Za-z0-9_])");
  private static final Pattern LINK =
      Pattern.compile("(?i)\\bhttps?://[^\\s<>\"]+|\\bwww\\.[^\\s<>\"]+");

  private TextCounts() {}

  public static int hashtags(String text) {
    return count(HASHTAG.matcher(text));
  }

  public static int mentions(String text) {
    return count(MENTION.matcher(text));
  }

  public static int links(String text) {
    return count(LINK.matcher(text));
  }

  private static int count(Matcher matcher) {
    int n = 0;
    while (matcher.find()) {
      n++;
    }
    return n;
  }
}
