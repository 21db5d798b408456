package io.autoposter.model.rules;

import io.autoposter.model.Network;
import java.util.List;

/**
 * Facebook Page: text up to 63,206 characters; Facebook previews one link, so more links draw a
 * warning; up to 10 photos of at most 10 MB, or one video, not both.
 */
public final class FacebookRules implements NetworkRules {

  static final FacebookRules INSTANCE = new FacebookRules();

  private FacebookRules() {}

  @Override
  public Network network() {
    return Network.FACEBOOK;
  }

  @Override
  public List<Finding> checkCaptionExtras(String caption) {
    Integer max = limits().linksWithPreviewMax();
    int links = TextCounts.links(caption);
    if (max == null || links <= max) {
      return List.of();
    }
    return List.of(
        new Finding(
            Network.FACEBOOK,
            Severity.WARNING,
            "FACEBOOK_SEVERAL_LINKS",
            "Facebook shows a preview for the first link only; this caption has %d links."
                .formatted(links)));
  }
}
