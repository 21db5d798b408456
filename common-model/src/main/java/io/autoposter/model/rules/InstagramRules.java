package io.autoposter.model.rules;

import io.autoposter.model.MediaRef;
import io.autoposter.model.Network;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Instagram: a caption of 2,200 characters with at most 30 hashtags and 20 mentions; a picture or
 * video is required; a carousel has 2 to 10 items; pictures between 4:5 and 1.91:1 (checked when
 * their size is known); JPEGs up to 8 MB.
 */
public final class InstagramRules implements NetworkRules {

  static final InstagramRules INSTANCE = new InstagramRules();

  private InstagramRules() {}

  @Override
  public Network network() {
    return Network.INSTAGRAM;
  }

  @Override
  public List<Finding> checkCaptionExtras(String caption) {
    NetworkLimits limits = limits();
    List<Finding> findings = new ArrayList<>();
    int hashtags = TextCounts.hashtags(caption);
    if (limits.hashtagsMax() != null && hashtags > limits.hashtagsMax()) {
      findings.add(
          new Finding(
              Network.INSTAGRAM,
              Severity.ERROR,
              "INSTAGRAM_TOO_MANY_HASHTAGS",
              "Instagram allows %d hashtags; this caption has %d."
                  .formatted(limits.hashtagsMax(), hashtags)));
    }
    int mentions = TextCounts.mentions(caption);
    if (limits.mentionsMax() != null && mentions > limits.mentionsMax()) {
      findings.add(
          new Finding(
              Network.INSTAGRAM,
              Severity.ERROR,
              "INSTAGRAM_TOO_MANY_MENTIONS",
              "Instagram allows %d @mentions; this caption has %d."
                  .formatted(limits.mentionsMax(), mentions)));
    }
    return findings;
  }

  @Override
  public List<Finding> checkMedia(List<MediaRef> media) {
    NetworkLimits limits = limits();
    List<Finding> findings = new ArrayList<>(NetworkRules.checkMediaCounts(this, media));
    boolean carousel = media.size() > 1;
    if (carousel
        && ((limits.carouselMin() != null && media.size() < limits.carouselMin())
            || (limits.carouselMax() != null && media.size() > limits.carouselMax()))) {
      findings.add(
          new Finding(
              Network.INSTAGRAM,
              Severity.ERROR,
              "INSTAGRAM_CAROUSEL_SIZE",
              "An Instagram carousel has %d to %d pictures or videos; this one has %d."
                  .formatted(limits.carouselMin(), limits.carouselMax(), media.size())));
    }
    if (limits.aspectRatioMin() != null && limits.aspectRatioMax() != null) {
      int position = 0;
      for (MediaRef ref : media) {
        position++;
        OptionalDouble ratio = ref.aspectRatio();
        if (ref.isVideo() || ratio.isEmpty()) {
          continue;
        }
        // Rounded to two decimals, as Instagram states its bounds (4:5 = 0.80, 1.91:1).
        double rounded = Math.round(ratio.getAsDouble() * 100) / 100.0;
        if (rounded < limits.aspectRatioMin() || rounded > limits.aspectRatioMax()) {
          findings.add(
              new Finding(
                  Network.INSTAGRAM,
                  Severity.ERROR,
                  "INSTAGRAM_ASPECT_RATIO",
                  ("Instagram takes pictures from 4:5 (portrait) to 1.91:1 (landscape); picture %d"
                          + " is %d × %d.")
                      .formatted(position, ref.width(), ref.height())));
        }
      }
    }
    return findings;
  }
}
