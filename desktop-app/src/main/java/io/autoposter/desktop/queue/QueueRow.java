package io.autoposter.desktop.queue;

import io.autoposter.model.Brand;
import io.autoposter.model.Network;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One row of the post table: a slot of the index. Its texts are made when a cell shows it, so a
 * table of 50,000 rows formats only the few dozen on screen.
 */
record QueueRow(PostIndex index, int slot) {

  private static final DateTimeFormatter DUE =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

  PostId id() {
    return index.id(slot);
  }

  String brandName() {
    Brand brand = index.brand(slot);
    return brand == null ? "Unknown brand" : brand.name();
  }

  /** The brand colour as #RRGGBB; grey when the brand is unknown. */
  String brandColor() {
    Brand brand = index.brand(slot);
    return brand == null ? "#9CA3AF" : brand.color();
  }

  Set<Network> networks() {
    return index.networks(slot);
  }

  String networksText() {
    return networks().stream().map(Network::displayName).collect(Collectors.joining(", "));
  }

  /** The due time on the brand's wall clock, with the zone's short name; "Not scheduled". */
  String dueText() {
    Instant due = index.dueAt(slot);
    if (due == null) {
      return "Not scheduled";
    }
    return DUE.format(due.atZone(index.zone(slot)));
  }

  /** The brand's zone, for the due time's tooltip. */
  String zoneText() {
    return index.zone(slot).getId();
  }

  String snippet() {
    return index.snippet(slot);
  }

  PostStatus status() {
    return index.status(slot);
  }

  String statusText() {
    return statusText(status());
  }

  String tags() {
    return index.tags(slot);
  }

  static String statusText(PostStatus status) {
    return switch (status) {
      case DRAFT -> "Draft";
      case SCHEDULED -> "Scheduled";
      case PUBLISHING -> "Publishing";
      case PUBLISHED -> "Published";
      case FAILED -> "Failed";
      case CANCELLED -> "Cancelled";
      case NEEDS_ATTENTION -> "Needs attention";
    };
  }
}
