package io.autoposter.model.rules;

import com.twitter.twittertext.TwitterTextParser;
import io.autoposter.model.Network;

/**
 * X: a weighted length of 280 computed by the twitter-text library (every URL counts as 23, emoji
 * and CJK characters as 2), and up to 4 pictures or 1 video.
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

  @Override
  public CaptionLength measure(String caption) {
    return new CaptionLength(Network.X, weightedLength(caption), limits().captionMax());
  }
}
