package io.autoposter.model.rules;

import io.autoposter.model.Network;
import java.util.Collection;
import java.util.List;

/**
 * Caption-length rules per network, for callers that have a caption but no post yet; a front to
 * {@link PostRules} and {@link NetworkRules}, which hold the rules.
 *
 * <p>Lengths are counted in Unicode code points, except on X, whose weighted length comes from the
 * twitter-text library (URLs count as 23, emoji and CJK characters as 2).
 */
public final class CaptionRules {

  static final String EMPTY = NetworkRules.CAPTION_EMPTY;

  private CaptionRules() {}

  public static int limit(Network network) {
    return NetworkLimits.of(network).captionMax();
  }

  public static CaptionLength measure(Network network, String caption) {
    return NetworkRules.of(network).measure(caption);
  }

  /** Every finding for {@code caption} on each of {@code networks}, errors first. */
  public static List<Finding> check(String caption, Collection<Network> networks) {
    return PostRules.checkCaption(caption, networks);
  }
}
