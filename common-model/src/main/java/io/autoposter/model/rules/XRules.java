package io.autoposter.model.rules;

import com.twitter.twittertext.TwitterTextParser;
import io.autoposter.model.Network;
import java.util.ArrayList;
import java.util.List;

/**
 * X: a weighted length of 280 computed by the twitter-text library (every URL counts as 23, emoji
 * and CJK characters as 2), and up to 4 pictures or 1 video. A caption with {@code ---} lines is a
 * thread ({@link XThread}): each tweet is held to the limit on its own.
 */
public final class XRules implements NetworkRules {

  static final XRules INSTANCE = new XRules();

  private XRules() {}

  @Override
  public Network network() {
    return Network.X;
  }

  /** The caption's weighted length, as X counts it. */
  public static int weightedLength(String text) {
    return TwitterTextParser.parseTweet(text).weightedLength;
  }

  /** One tweet's length; for a thread, its longest tweet's, since each is held to the limit. */
  @Override
  public CaptionLength measure(String caption) {
    int longest =
        XThread.of(caption).tweets().stream().mapToInt(XRules::weightedLength).max().orElse(0);
    return new CaptionLength(Network.X, longest, limits().captionMax());
  }

  @Override
  public List<Finding> checkCaption(String caption) {
    XThread thread = XThread.of(caption);
    if (!thread.isThread()) {
      return NetworkRules.super.checkCaption(caption);
    }
    List<Finding> findings = new ArrayList<>();
    int limit = limits().captionMax();
    if (thread.size() > XThread.MAX_TWEETS) {
      findings.add(
          error(
              "X_THREAD_TOO_LONG",
              "A thread takes up to %d tweets; this one has %d."
                  .formatted(XThread.MAX_TWEETS, thread.size())));
    }
    for (int i = 0; i < thread.size(); i++) {
      String tweet = thread.tweets().get(i);
      String which = "Tweet %d of %d".formatted(i + 1, thread.size());
      int used = weightedLength(tweet);
      if (tweet.isBlank()) {
        findings.add(
            error(
                "X_THREAD_EMPTY_TWEET",
                which + " is empty: remove the extra " + XThread.SEPARATOR + " line."));
      } else if (used > limit) {
        findings.add(
            error(
                "X_TOO_LONG",
                "%s has %,d weighted characters; X allows %,d (%,d too many)."
                    .formatted(which, used, limit, used - limit)));
      } else if (limit - used < limit / 10) {
        findings.add(
            new Finding(
                Network.X,
                Severity.WARNING,
                "X_NEAR_LIMIT",
                "%s: %,d characters left.".formatted(which, limit - used)));
      }
    }
    return findings;
  }

  private static Finding error(String code, String message) {
    return new Finding(Network.X, Severity.ERROR, code, message);
  }
}
