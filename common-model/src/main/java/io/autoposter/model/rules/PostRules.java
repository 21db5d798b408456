package io.autoposter.model.rules;

import io.autoposter.model.Network;
import io.autoposter.model.Post;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The rules engine: every finding for a post on each network it is for, errors first. The composer,
 * the preview and the publisher all run this, so a post that passes on the desktop passes on the
 * server.
 */
public final class PostRules {

  private PostRules() {}

  /**
   * Every finding for {@code post} on each of its networks: the caption each network gets (its
   * variant or the caption), the first comment, the media and their alt texts. Errors come first.
   */
  public static List<Finding> check(Post post) {
    List<Finding> all = new ArrayList<>();
    for (Network network : post.networks()) {
      NetworkRules rules = NetworkRules.of(network);
      all.addAll(rules.checkCaption(post.captionFor(network)));
      if (network == Network.INSTAGRAM && !post.firstComment().isBlank()) {
        all.addAll(firstCommentHashtags(post.firstComment()));
      }
      all.addAll(rules.checkMedia(post.media()));
      all.addAll(AltTextRules.checkLength(network, post));
    }
    all.addAll(AltTextRules.checkMissing(post));
    return errorsFirst(all);
  }

  /** Findings about {@code caption} alone on each of {@code networks}, errors first. */
  public static List<Finding> checkCaption(String caption, Collection<Network> networks) {
    List<Finding> all = new ArrayList<>();
    for (Network network : networks) {
      all.addAll(NetworkRules.of(network).checkCaption(caption));
    }
    return errorsFirst(all);
  }

  /** Whether any finding blocks scheduling. */
  public static boolean blocksScheduling(List<Finding> findings) {
    return findings.stream().anyMatch(Finding::blocksScheduling);
  }

  private static List<Finding> firstCommentHashtags(String comment) {
    Integer max = NetworkLimits.of(Network.INSTAGRAM).hashtagsMax();
    int hashtags = TextCounts.hashtags(comment);
    if (max == null || hashtags <= max) {
      return List.of();
    }
    return List.of(
        new Finding(
            Network.INSTAGRAM,
            Severity.ERROR,
            "INSTAGRAM_FIRST_COMMENT_TOO_MANY_HASHTAGS",
            "Instagram allows %d hashtags in a comment; the first comment has %d."
                .formatted(max, hashtags)));
  }

  private static List<Finding> errorsFirst(List<Finding> all) {
    List<Finding> sorted = new ArrayList<>(all.stream().filter(Finding::blocksScheduling).toList());
    all.stream().filter(f -> !f.blocksScheduling()).forEach(sorted::add);
    return List.copyOf(sorted);
  }
}
