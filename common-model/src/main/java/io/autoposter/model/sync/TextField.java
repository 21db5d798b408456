package io.autoposter.model.sync;

import io.autoposter.model.Network;
import io.autoposter.model.Post;
import java.util.Optional;

/**
 * The free-text fields of a post whose concurrent edits become conflicts instead of being
 * overwritten: the caption, the first comment, each per-network caption variant and each picture's
 * alt text ({@code altText.<sha256>}). The names are API (they appear in {@link
 * PostConflict#field()}).
 */
public final class TextField {

  public static final String CAPTION = "caption";
  public static final String FIRST_COMMENT = "firstComment";
  private static final String VARIANT_PREFIX = "variant.";
  private static final String ALT_TEXT_PREFIX = "altText.";
  private static final java.util.regex.Pattern SHA256 =
      java.util.regex.Pattern.compile("[0-9a-f]{64}");

  private TextField() {}

  /** The field name of the caption variant for {@code network}, such as {@code variant.X}. */
  public static String variant(Network network) {
    return VARIANT_PREFIX + network.name();
  }

  /**
   * The field name of the alt text of the picture {@code sha256}, such as {@code altText.9f86…}.
   */
  public static String altText(String sha256) {
    return ALT_TEXT_PREFIX + sha256;
  }

  /** The picture's SHA-256 of an alt text field name, or empty for the other fields. */
  public static Optional<String> mediaOf(String field) {
    if (!field.startsWith(ALT_TEXT_PREFIX)) {
      return Optional.empty();
    }
    String sha256 = field.substring(ALT_TEXT_PREFIX.length());
    return SHA256.matcher(sha256).matches() ? Optional.of(sha256) : Optional.empty();
  }

  /** The network of a variant field name, or empty for the caption and the first comment. */
  public static Optional<Network> networkOf(String field) {
    return field.startsWith(VARIANT_PREFIX)
        ? Optional.of(Network.valueOf(field.substring(VARIANT_PREFIX.length())))
        : Optional.empty();
  }

  /** True for "caption", "firstComment" and "variant.NETWORK" of a known network. */
  public static boolean isKnown(String field) {
    if (CAPTION.equals(field) || FIRST_COMMENT.equals(field) || mediaOf(field).isPresent()) {
      return true;
    }
    try {
      return networkOf(field).isPresent();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * The current text of {@code field} in {@code post} ("" for a variant the post does not have).
   */
  public static String read(Post post, String field) {
    return switch (field) {
      case CAPTION -> post.caption();
      case FIRST_COMMENT -> post.firstComment();
      default ->
          mediaOf(field).isPresent()
              ? post.altTexts().getOrDefault(mediaOf(field).get(), "")
              : networkOf(field)
                  .map(network -> post.variants().getOrDefault(network, ""))
                  .orElseThrow(() -> new IllegalArgumentException("unknown text field " + field));
    };
  }

  /** A patch that sets {@code field} to {@code text} and nothing else. */
  public static PostPatch patch(String field, String text) {
    return switch (field) {
      case CAPTION -> PostPatch.EMPTY.withCaption(text);
      case FIRST_COMMENT -> PostPatch.EMPTY.withFirstComment(text);
      default ->
          mediaOf(field).isPresent()
              ? PostPatch.EMPTY.withAltText(mediaOf(field).get(), text)
              : networkOf(field)
                  .map(network -> PostPatch.EMPTY.withVariant(network, text))
                  .orElseThrow(() -> new IllegalArgumentException("unknown text field " + field));
    };
  }

  /** A human name for the field: "caption", "first comment", "Instagram caption". */
  public static String label(String field) {
    return switch (field) {
      case CAPTION -> "caption";
      case FIRST_COMMENT -> "first comment";
      default ->
          mediaOf(field).isPresent()
              ? "alt text of a picture"
              : networkOf(field).map(n -> n.displayName() + " caption").orElse(field);
    };
  }
}
