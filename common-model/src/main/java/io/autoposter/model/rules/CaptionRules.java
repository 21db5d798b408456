package io.autoposter.model.rules;

import io.autoposter.model.Network;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Caption-length rules per network.
 *
 * <p>Lengths are counted in Unicode code points, so an emoji counts once rather than as two UTF-16
 * units. X's weighted count (URLs as 23, emoji and CJK as 2) replaces this for X when the
 * twitter-text rules land; until then X is held to 280 code points.
 */
public final class CaptionRules {

  static final String TOO_LONG = "CAPTION_TOO_LONG";
  static final String EMPTY = "CAPTION_EMPTY";
  static final String NEAR_LIMIT = "CAPTION_NEAR_LIMIT";

  private static final Map<Network, Integer> LIMITS = new EnumMap<>(Network.class);

  static {
    LIMITS.put(Network.FACEBOOK, 63_206);
    LIMITS.put(Network.INSTAGRAM, 2_200);
    LIMITS.put(Network.LINKEDIN, 3_000);
    LIMITS.put(Network.X, 280);
    LIMITS.put(Network.SANDBOX, 5_000);
  }

  private CaptionRules() {}

  public static int limit(Network network) {
    return LIMITS.get(network);
  }

  public static CaptionLength measure(Network network, String caption) {
    return new CaptionLength(network, caption.codePointCount(0, caption.length()), limit(network));
  }

  /** Every finding for {@code caption} on each of {@code networks}, errors first. */
  public static List<Finding> check(String caption, Collection<Network> networks) {
    List<Finding> errors = new ArrayList<>();
    List<Finding> warnings = new ArrayList<>();
    for (Network network : networks) {
      CaptionLength length = measure(network, caption);
      if (caption.isBlank()) {
        errors.add(
            new Finding(
                network, Severity.ERROR, EMPTY, network.displayName() + " needs a caption."));
      } else if (length.exceeded()) {
        errors.add(
            new Finding(
                network,
                Severity.ERROR,
                TOO_LONG,
                "%s allows %,d characters; this caption has %,d (%,d too many)."
                    .formatted(
                        network.displayName(),
                        length.limit(),
                        length.used(),
                        -length.remaining())));
      } else if (length.remaining() < length.limit() / 10) {
        warnings.add(
            new Finding(
                network,
                Severity.WARNING,
                NEAR_LIMIT,
                "%s: %,d characters left.".formatted(network.displayName(), length.remaining())));
      }
    }
    errors.addAll(warnings);
    return List.copyOf(errors);
  }
}
