package io.autoposter.simulator.linkedin;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What LinkedIn shows of a "little" text commentary: escapes are resolved, mentions and hashtag
 * templates are kept, and an unescaped reserved character cuts the text there (as LinkedIn does).
 */
final class LittleText {
  private static final String RESERVED = "\\|{}@[]()<>#*_~";
  private static final Pattern MENTION = Pattern.compile("\\G@\\[([^\\]]*)\\]\\(urn:li:[^)]*\\)");
  private static final Pattern HASHTAG = Pattern.compile("\\G\\{hashtag\\|\\\\?#\\|([^}]*)\\}");

  private LittleText() {}

  static String visible(String commentary) {
    StringBuilder shown = new StringBuilder(commentary.length());
    int i = 0;
    while (i < commentary.length()) {
      char c = commentary.charAt(i);
      if (c == '\\' && i + 1 < commentary.length()) {
        shown.append(commentary.charAt(i + 1));
        i += 2;
        continue;
      }
      Matcher mention = MENTION.matcher(commentary);
      if (c == '@' && mention.find(i) && mention.start() == i) {
        shown.append(mention.group(1));
        i = mention.end();
        continue;
      }
      Matcher hashtag = HASHTAG.matcher(commentary);
      if (c == '{' && hashtag.find(i) && hashtag.start() == i) {
        shown.append('#').append(hashtag.group(1));
        i = hashtag.end();
        continue;
      }
      if (RESERVED.indexOf(c) >= 0) {
        break;
      }
      shown.append(c);
      i++;
    }
    return shown.toString();
  }
}
