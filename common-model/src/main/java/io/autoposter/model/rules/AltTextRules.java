package io.autoposter.model.rules;

import io.autoposter.model.MediaRef;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import java.util.ArrayList;
import java.util.List;

/**
 * Alt texts: each network's length limit (an error: the network would refuse or cut the text) and
 * pictures without one (a warning, once per post: people who use a screen reader would not know
 * what the picture shows). Videos are not asked for one; the networks take their captions instead.
 */
final class AltTextRules {

  static final String MISSING = "ALT_TEXT_MISSING";

  private AltTextRules() {}

  /** Alt texts longer than {@code network} takes. */
  static List<Finding> checkLength(Network network, Post post) {
    Integer max = NetworkLimits.of(network).altTextMax();
    if (max == null) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    List<MediaRef> media = post.media();
    for (int i = 0; i < media.size(); i++) {
      String text = post.altTextFor(media.get(i));
      int length = text.codePointCount(0, text.length());
      if (length > max) {
        findings.add(
            new Finding(
                network,
                Severity.ERROR,
                network.name() + "_ALT_TEXT_TOO_LONG",
                "%s takes alt text of up to %,d characters; picture %d has %,d."
                    .formatted(network.displayName(), max, i + 1, length)));
      }
    }
    return findings;
  }

  /** One warning naming the pictures without alt text, for the post's first network; or none. */
  static List<Finding> checkMissing(Post post) {
    if (post.networks().isEmpty()) {
      return List.of();
    }
    List<Integer> missing = new ArrayList<>();
    List<MediaRef> media = post.media();
    for (int i = 0; i < media.size(); i++) {
      if (!media.get(i).isVideo() && post.altTextFor(media.get(i)).isBlank()) {
        missing.add(i + 1);
      }
    }
    if (missing.isEmpty()) {
      return List.of();
    }
    long pictures = media.stream().filter(m -> !m.isVideo()).count();
    String which =
        pictures == 1
            ? "The picture has"
            : missing.size() == 1
                ? "Picture " + missing.getFirst() + " has"
                : "Pictures " + list(missing) + " have";
    return List.of(
        new Finding(
            post.networks().iterator().next(),
            Severity.WARNING,
            MISSING,
            which
                + " no alt text, so people who use a screen reader will not know what "
                + (missing.size() == 1 ? "it shows" : "they show")
                + ". Add it with “Alt text” beside the picture."));
  }

  private static String list(List<Integer> numbers) {
    List<String> words = numbers.stream().map(String::valueOf).toList();
    return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.getLast();
  }
}
