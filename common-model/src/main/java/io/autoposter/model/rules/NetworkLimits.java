package io.autoposter.model.rules;

import com.fasterxml.jackson.core.type.TypeReference;
import io.autoposter.model.Network;
import io.autoposter.model.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The limits one network sets, read from {@code network-limits.json}: limits that platforms change
 * are data, not code. A null limit is one the network does not have (or we do not check).
 *
 * @param captionMax characters (X: weighted characters) a caption may have
 * @param hashtagsMax hashtags a caption may have
 * @param mentionsMax {@code @mentions} a caption may have
 * @param mediaRequired whether a post needs at least one picture or video
 * @param imagesMax pictures one post may carry
 * @param videosMax videos one post may carry
 * @param mixedMedia whether pictures and videos may be mixed in one post
 * @param carouselMin fewest items of a carousel (a post with more than one item)
 * @param carouselMax most items of a carousel
 * @param aspectRatioMin narrowest picture, as width / height
 * @param aspectRatioMax widest picture, as width / height
 * @param jpegMaxBytes largest JPEG picture
 * @param imageMaxBytes largest picture of any type
 * @param linksWithPreviewMax links the network shows a preview for; more draw a warning
 * @param altTextMax characters the description of one picture may have
 * @param cropRatios the picture shapes the network shows best, as "width:height" ("1.91:1"), the
 *     composer's crop presets; empty when the network has no preference
 */
public record NetworkLimits(
    int captionMax,
    Integer hashtagsMax,
    Integer mentionsMax,
    Boolean mediaRequired,
    Integer imagesMax,
    Integer videosMax,
    Boolean mixedMedia,
    Integer carouselMin,
    Integer carouselMax,
    Double aspectRatioMin,
    Double aspectRatioMax,
    Long jpegMaxBytes,
    Long imageMaxBytes,
    Integer linksWithPreviewMax,
    Integer altTextMax,
    List<String> cropRatios) {

  static final String RESOURCE = "network-limits.json";

  private static final Map<Network, NetworkLimits> ALL = load();

  public NetworkLimits {
    if (captionMax <= 0) {
      throw new IllegalArgumentException("captionMax must be positive");
    }
    cropRatios = cropRatios == null ? List.of() : List.copyOf(cropRatios);
    cropRatios.forEach(NetworkLimits::ratio);
  }

  /** The limits of {@code network}. */
  public static NetworkLimits of(Network network) {
    return ALL.get(Objects.requireNonNull(network, "network"));
  }

  /** The width / height of a ratio written "width:height", such as 1.91 for "1.91:1". */
  public static double ratio(String text) {
    String[] parts = text.split(":");
    if (parts.length != 2) {
      throw new IllegalArgumentException("a ratio is written width:height, not " + text);
    }
    double width = Double.parseDouble(parts[0]);
    double height = Double.parseDouble(parts[1]);
    if (!(width > 0) || !(height > 0)) {
      throw new IllegalArgumentException("a ratio needs a positive width and height: " + text);
    }
    return width / height;
  }

  /** Whether a post needs a picture or a video; it does not unless the data says so. */
  public boolean requiresMedia() {
    return mediaRequired != null && mediaRequired;
  }

  /** Whether pictures and videos may share one post; they may unless the data says otherwise. */
  public boolean allowsMixedMedia() {
    return mixedMedia == null || mixedMedia;
  }

  private static Map<Network, NetworkLimits> load() {
    try (InputStream in = NetworkLimits.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      Map<Network, NetworkLimits> read =
          Json.strict().readValue(in, new TypeReference<Map<Network, NetworkLimits>>() {});
      Map<Network, NetworkLimits> all = new EnumMap<>(Network.class);
      all.putAll(read);
      for (Network network : Network.values()) {
        if (!all.containsKey(network)) {
          throw new IllegalStateException(RESOURCE + " has no limits for " + network);
        }
      }
      return Collections.unmodifiableMap(all);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
