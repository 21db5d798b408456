package io.autoposter.model.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An X caption as the tweets it is published as (ADR 0018): a line holding only {@code ---} ends
 * one tweet and starts the next, each a reply to the one before; pictures go with the first. A
 * caption without such a line is one tweet. Each tweet is stripped of the blank lines around it.
 *
 * @param tweets the tweets in order; a blank one is kept so the rules can point at it
 */
public record XThread(List<String> tweets) {

  /** At most this many tweets in one thread: our limit, so a slip of the keyboard stays small. */
  public static final int MAX_TWEETS = 25;

  /** The separator as a person types it; also what the composer inserts. */
  public static final String SEPARATOR = "---";

  private static final Pattern SEPARATOR_LINE = Pattern.compile("(?m)^[ \\t]*---[ \\t]*$");

  public XThread {
    tweets = List.copyOf(tweets);
    if (tweets.isEmpty()) {
      throw new IllegalArgumentException("a thread has at least one tweet");
    }
  }

  /** The tweets {@code caption} is published as on X. */
  public static XThread of(String caption) {
    String text = caption.replace("\r\n", "\n");
    if (!hasSeparator(text)) {
      return new XThread(List.of(caption));
    }
    List<String> tweets = new ArrayList<>();
    StringBuilder tweet = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (SEPARATOR_LINE.matcher(line).matches()) {
        tweets.add(tweet.toString().strip());
        tweet.setLength(0);
      } else {
        if (!tweet.isEmpty()) {
          tweet.append('\n');
        }
        tweet.append(line);
      }
    }
    tweets.add(tweet.toString().strip());
    return new XThread(tweets);
  }

  /** Whether {@code caption} has a line holding only the separator. */
  public static boolean hasSeparator(String caption) {
    return SEPARATOR_LINE.matcher(caption).find();
  }

  public boolean isThread() {
    return tweets.size() > 1;
  }

  public int size() {
    return tweets.size();
  }
}
