package io.autoposter.model.sync;

import io.autoposter.model.Network;
import io.autoposter.model.Post;
import java.util.Optional;

/**
 * The free-text fields of a post whose concurrent edits become conflicts instead of being
 * overwritten: the caption, the first comment and each per-network caption variant. The names are
 * API (they appear in {@link PostConflict#field()}).
 */
public final class TextField {

  public static final String CAPTION = "caption";
  public static final String FIRST_COMMENT = "firstComment";
  private static final String VARIANT_PREFIX = "variant.";

  private TextField() {}

  /** The field name of the caption variant for {@code network}, such as {@code variant.X}. */
  public static String variant(Network network) {
    return VARIANT_PREFIX + network.name();
  }

  /** The network of a variant field name, or empty for the caption and the first comment. */
  public static Optional<Network> networkOf(String field) {
    return field.startsWith(VARIANT_PREFIX)
        ? Optional.of(Network.valueOf(field.substring(VARIANT_PREFIX.length())))
        : Optional.empty();
  }

  /** True for "caption", "firstComment" and "variant.NETWORK" of a known network. */
  public static boolean isKnown(String field) {
    if (CAPTION.equals(field) || FIRST_COMMENT.equals(field)) {
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
          networkOf(field)
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
          networkOf(field)
              .map(network -> PostPatch.EMPTY.withVariant(network, text))
              .orElseThrow(() -> new IllegalArgumentException("unknown text field " + field));
    };
  }

  /** A human name for the field: "caption", "first comment", "Instagram caption". */
  public static String label(String field) {
    return switch (field) {
      case CAPTION -> "caption";
      case FIRST_COMMENT -> "first comment";
      default -> networkOf(field).map(n -> n.displayName() + " caption").orElse(field);
    };
  }
}
