package io.autoposter.model.rules;

import io.autoposter.model.MediaRef;
import io.autoposter.model.MediaTypes;
import io.autoposter.model.Network;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of one network, the same for the composer, the preview and the publisher. {@link
 * PostRules} runs them over every network a post is for.
 */
public sealed interface NetworkRules
    permits XRules, InstagramRules, LinkedInRules, FacebookRules, SandboxRules {

  /** Code of the finding for a blank caption, on every network. */
  String CAPTION_EMPTY = "CAPTION_EMPTY";

  static NetworkRules of(Network network) {
    return switch (network) {
      case X -> XRules.INSTANCE;
      case INSTAGRAM -> InstagramRules.INSTANCE;
      case LINKEDIN -> LinkedInRules.INSTANCE;
      case FACEBOOK -> FacebookRules.INSTANCE;
      case SANDBOX -> SandboxRules.INSTANCE;
    };
  }

  Network network();

  default NetworkLimits limits() {
    return NetworkLimits.of(network());
  }

  /** How long {@code caption} is as this network counts it. */
  default CaptionLength measure(String caption) {
    return new CaptionLength(
        network(), caption.codePointCount(0, caption.length()), limits().captionMax());
  }

  /** Findings about the caption alone: blank, too long, nearly too long, and per-network extras. */
  default List<Finding> checkCaption(String caption) {
    List<Finding> findings = new ArrayList<>();
    Network network = network();
    CaptionLength length = measure(caption);
    if (caption.isBlank()) {
      findings.add(
          new Finding(
              network, Severity.ERROR, CAPTION_EMPTY, network.displayName() + " needs a caption."));
    } else if (length.exceeded()) {
      findings.add(
          new Finding(
              network,
              Severity.ERROR,
              network.name() + "_TOO_LONG",
              "%s allows %,d characters; this caption has %,d (%,d too many)."
                  .formatted(
                      network.displayName(), length.limit(), length.used(), -length.remaining())));
    } else if (length.remaining() < length.limit() / 10) {
      findings.add(
          new Finding(
              network,
              Severity.WARNING,
              network.name() + "_NEAR_LIMIT",
              "%s: %,d characters left.".formatted(network.displayName(), length.remaining())));
    }
    findings.addAll(checkCaptionExtras(caption));
    if (network != Network.X && XThread.hasSeparator(caption)) {
      findings.add(
          new Finding(
              network,
              Severity.WARNING,
              "THREAD_SEPARATOR_SHOWN",
              "%s shows the %s lines as typed; they split tweets on X only. Put the thread in X's own caption."
                  .formatted(network.displayName(), XThread.SEPARATOR)));
    }
    return findings;
  }

  /** Caption rules beyond length; none unless a network has some. */
  default List<Finding> checkCaptionExtras(String caption) {
    return List.of();
  }

  /** Findings about the attached pictures and videos, in attachment order. */
  default List<Finding> checkMedia(List<MediaRef> media) {
    return checkMediaCounts(this, media);
  }

  /** Required media, counts of pictures and videos, and mixing them, as the limits say. */
  static List<Finding> checkMediaCounts(NetworkRules rules, List<MediaRef> media) {
    NetworkLimits limits = rules.limits();
    Network network = rules.network();
    String name = network.displayName();
    String prefix = network.name();
    List<Finding> findings = new ArrayList<>();
    long videos = media.stream().filter(MediaRef::isVideo).count();
    long images = media.size() - videos;
    if (media.isEmpty() && limits.requiresMedia()) {
      findings.add(
          new Finding(
              network,
              Severity.ERROR,
              prefix + "_MEDIA_REQUIRED",
              name + " needs a picture or a video."));
    }
    if (!limits.allowsMixedMedia() && images > 0 && videos > 0) {
      findings.add(
          new Finding(
              network,
              Severity.ERROR,
              prefix + "_MIXED_MEDIA",
              name + " takes either pictures or a video in one post, not both."));
    }
    if (limits.imagesMax() != null && images > limits.imagesMax()) {
      findings.add(
          new Finding(
              network,
              Severity.ERROR,
              prefix + "_TOO_MANY_IMAGES",
              "%s takes up to %d pictures in one post; this one has %d."
                  .formatted(name, limits.imagesMax(), images)));
    }
    if (limits.videosMax() != null && videos > limits.videosMax()) {
      findings.add(
          new Finding(
              network,
              Severity.ERROR,
              prefix + "_TOO_MANY_VIDEOS",
              (limits.videosMax() == 1
                      ? "%s takes one video in a post; this one has %d."
                      : "%s takes up to %d videos in a post; this one has %d.")
                  .formatted(
                      limits.videosMax() == 1
                          ? new Object[] {name, videos}
                          : new Object[] {name, limits.videosMax(), videos})));
    }
    if (limits.imageMaxBytes() != null) {
      for (MediaRef ref : media) {
        if (!ref.isVideo() && ref.size() > limits.imageMaxBytes()) {
          findings.add(
              new Finding(
                  network,
                  Severity.ERROR,
                  prefix + "_IMAGE_TOO_LARGE",
                  "%s takes pictures up to %s; one picture is %s."
                      .formatted(name, megabytes(limits.imageMaxBytes()), megabytes(ref.size()))));
        }
      }
    }
    if (limits.jpegMaxBytes() != null) {
      for (MediaRef ref : media) {
        if (MediaTypes.JPEG.equals(ref.contentType()) && ref.size() > limits.jpegMaxBytes()) {
          findings.add(
              new Finding(
                  network,
                  Severity.ERROR,
                  prefix + "_JPEG_TOO_LARGE",
                  "%s takes JPEG pictures up to %s; one picture is %s."
                      .formatted(name, megabytes(limits.jpegMaxBytes()), megabytes(ref.size()))));
        }
      }
    }
    return findings;
  }

  /** Bytes as megabytes (2^20) with one decimal, such as "8.0 MB". */
  static String megabytes(long bytes) {
    return "%.1f MB".formatted(bytes / (1024.0 * 1024.0));
  }
}
