package io.autoposter.model;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A post for one brand, targeting one or more networks.
 *
 * <p>The due time is an instant; {@code zone} is the brand's IANA zone the user scheduled in, so
 * every device shows the same wall-clock time the user chose. {@code outcome} is the server's last
 * word on publishing (an error message or a platform post reference), empty until then.
 */
public record Post(
    PostId id,
    BrandId brandId,
    String caption,
    Set<Network> networks,
    Instant dueAt,
    ZoneId zone,
    PostStatus status,
    String outcome) {

  public static final int MAX_CAPTION_CODE_POINTS = 63_206;
  public static final int MAX_OUTCOME_LENGTH = 2_000;

  public Post {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(brandId, "brandId");
    Objects.requireNonNull(caption, "caption");
    Objects.requireNonNull(networks, "networks");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(status, "status");
    outcome = outcome == null ? "" : outcome;
    if (caption.codePointCount(0, caption.length()) > MAX_CAPTION_CODE_POINTS) {
      throw new IllegalArgumentException(
          "caption is longer than " + MAX_CAPTION_CODE_POINTS + " characters");
    }
    if (outcome.length() > MAX_OUTCOME_LENGTH) {
      throw new IllegalArgumentException("outcome is longer than " + MAX_OUTCOME_LENGTH);
    }
    // An EnumSet keeps networks in declaration order, so JSON and UIs list them the same way.
    networks =
        Collections.unmodifiableSet(
            networks.isEmpty() ? EnumSet.noneOf(Network.class) : EnumSet.copyOf(networks));
    if (status == PostStatus.SCHEDULED && dueAt == null) {
      throw new IllegalArgumentException("a scheduled post needs a due time");
    }
    if (status == PostStatus.SCHEDULED && networks.isEmpty()) {
      throw new IllegalArgumentException("a scheduled post needs at least one network");
    }
  }

  /** The due time as the brand's wall clock, or null for an unscheduled draft. */
  public ZonedDateTime dueInBrandZone() {
    return dueAt == null ? null : dueAt.atZone(zone);
  }

  public Post withStatus(PostStatus newStatus, String newOutcome) {
    return new Post(id, brandId, caption, networks, dueAt, zone, newStatus, newOutcome);
  }
}
