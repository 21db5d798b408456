package io.autoposter.desktop.queue;

import io.autoposter.model.BrandId;
import io.autoposter.model.Network;
import io.autoposter.model.PostStatus;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * What the user narrowed the table to; a null or blank field lets everything through.
 *
 * @param from first due day (in each post's brand zone), inclusive
 * @param to last due day, inclusive
 * @param text words that must all occur, case-insensitively, in caption, first comment or tags
 */
record PostFilter(
    BrandId brand, Network network, PostStatus status, LocalDate from, LocalDate to, String text) {

  static final PostFilter NONE = new PostFilter(null, null, null, null, null, "");

  PostFilter {
    text = text == null ? "" : text;
  }

  boolean isEmpty() {
    return brand == null
        && network == null
        && status == null
        && from == null
        && to == null
        && text.isBlank();
  }

  int statusMask() {
    return status == null ? ~0 : 1 << status.ordinal();
  }

  /** The lower-cased words of {@code text}. */
  String[] terms() {
    String lower = text.strip().toLowerCase(Locale.ROOT);
    return lower.isEmpty()
        ? new String[0]
        : Arrays.stream(lower.split("\\s+")).distinct().toArray(String[]::new);
  }
}
