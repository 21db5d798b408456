package io.autoposter.desktop.preview;

import io.autoposter.model.MediaRef;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.rules.CaptionLength;
import io.autoposter.model.rules.CaptionRules;
import io.autoposter.model.rules.Finding;
import io.autoposter.model.rules.XThread;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What one network's feed shows of a post: the author line, the caption as the feed cuts it (with
 * its "more" label), X's counted length, a link card, the pictures it shows, and the findings of
 * the rules engine for that network. Decided here without the toolkit; the cards only draw it.
 *
 * @param author the brand's name, as the page or account name
 * @param handle "@name" where the network shows one (Instagram, X), else empty
 * @param text the caption as shown: cut when {@code truncated}, links shortened on X
 * @param moreLabel what the feed shows after a cut caption ("… more", "See more", "…see more")
 * @param counter X's weighted length as "used/limit", else empty
 * @param media the pictures and videos the feed shows, in order
 * @param hiddenMedia how many more the feed hides behind "+N" (or carousel dots)
 * @param imageRatio width/height the first picture is shown at (Instagram crops to its range); 1
 *     when unknown
 * @param mediaRequiredMissing true when the network needs a picture and the post has none
 * @param firstComment shown as the first comment where the network has comments, else empty
 * @param replies an X thread's tweets after the first, as X shows them (ADR 0018); else empty
 */
public record NetworkPreview(
    Network network,
    String author,
    String handle,
    String text,
    boolean truncated,
    String moreLabel,
    boolean rightToLeft,
    String counter,
    boolean overLimit,
    Optional<LinkCard> linkCard,
    List<MediaRef> media,
    int hiddenMedia,
    double imageRatio,
    boolean mediaRequiredMissing,
    String firstComment,
    List<Finding> findings,
    List<String> replies) {

  public NetworkPreview {
    media = List.copyOf(media);
    findings = List.copyOf(findings);
    replies = List.copyOf(replies);
  }

  static final int INSTAGRAM_CHARS = 125;
  static final int FACEBOOK_CHARS = 480;
  static final int LINKEDIN_CHARS = 210;

  /** A link preview under the text: the feeds show one when a post has a link and no picture. */
  public record LinkCard(String url, String host) {}

  /** The preview of {@code post} on {@code network}, with {@code findings} of the whole post. */
  public static NetworkPreview of(
      Post post, Network network, String brandName, List<Finding> findings) {
    String caption = post.captionFor(network);
    List<Finding> mine = findings.stream().filter(f -> f.network() == network).toList();
    List<MediaRef> media = post.media();
    Optional<LinkCard> card =
        media.isEmpty() && network != Network.INSTAGRAM
            ? PreviewText.firstUrl(caption).map(url -> new LinkCard(url, PreviewText.host(url)))
            : Optional.empty();
    boolean rtl = PreviewText.rightToLeft(caption);
    return switch (network) {
      case INSTAGRAM -> {
        Optional<String> cut = PreviewText.cut(caption, INSTAGRAM_CHARS, 2);
        yield new NetworkPreview(
            network,
            brandName,
            handleOf(brandName),
            cut.orElse(caption),
            cut.isPresent(),
            cut.isPresent() ? "… more" : "",
            rtl,
            "",
            false,
            Optional.empty(),
            media.isEmpty() ? List.of() : List.of(media.getFirst()),
            Math.max(0, media.size() - 1),
            media.isEmpty() ? 1 : instagramRatio(media.getFirst()),
            media.isEmpty(),
            post.firstComment(),
            mine,
            List.of());
      }
      case FACEBOOK -> {
        Optional<String> cut = PreviewText.cut(caption, FACEBOOK_CHARS, 5);
        yield new NetworkPreview(
            network,
            brandName,
            "",
            cut.orElse(caption),
            cut.isPresent(),
            cut.isPresent() ? "See more" : "",
            rtl,
            "",
            false,
            card,
            media.subList(0, Math.min(4, media.size())),
            Math.max(0, media.size() - 4),
            media.isEmpty() ? 1 : ratioOf(media.getFirst()),
            false,
            post.firstComment(),
            mine,
            List.of());
      }
      case X -> {
        CaptionLength length = CaptionRules.measure(Network.X, caption);
        XThread thread = XThread.of(caption);
        yield new NetworkPreview(
            network,
            brandName,
            handleOf(brandName),
            PreviewText.withXLinks(thread.tweets().getFirst()),
            false,
            "",
            rtl,
            thread.isThread()
                ? "%d tweets · longest %d/%d"
                    .formatted(thread.size(), length.used(), length.limit())
                : length.used() + "/" + length.limit(),
            length.exceeded(),
            card,
            media.subList(0, Math.min(4, media.size())),
            Math.max(0, media.size() - 4),
            media.isEmpty() ? 1 : ratioOf(media.getFirst()),
            false,
            "",
            mine,
            thread.tweets().stream().skip(1).map(PreviewText::withXLinks).toList());
      }
      case LINKEDIN -> {
        Optional<String> cut = PreviewText.cut(caption, LINKEDIN_CHARS, 3);
        yield new NetworkPreview(
            network,
            brandName,
            "",
            cut.orElse(caption),
            cut.isPresent(),
            cut.isPresent() ? "…see more" : "",
            rtl,
            "",
            false,
            card,
            media.isEmpty() ? List.of() : List.of(media.getFirst()),
            Math.max(0, media.size() - 1),
            media.isEmpty() ? 1 : ratioOf(media.getFirst()),
            false,
            post.firstComment(),
            mine,
            List.of());
      }
      case SANDBOX ->
          new NetworkPreview(
              network,
              brandName,
              "",
              caption,
              false,
              "",
              rtl,
              "",
              false,
              card,
              media,
              0,
              media.isEmpty() ? 1 : ratioOf(media.getFirst()),
              false,
              "",
              mine,
              List.of());
    };
  }

  /** "@trattoriaroma" from "Trattoria Roma": lower case, no accents, letters and digits only. */
  static String handleOf(String brandName) {
    String plain =
        Normalizer.normalize(brandName, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9_]", "");
    return "@" + (plain.isEmpty() ? "brand" : plain);
  }

  /** Instagram shows a feed picture between 4:5 and 1.91:1, cropping the rest. */
  static double instagramRatio(MediaRef ref) {
    return Math.max(0.8, Math.min(1.91, ratioOf(ref)));
  }

  private static double ratioOf(MediaRef ref) {
    return ref.aspectRatio().orElse(1);
  }
}
