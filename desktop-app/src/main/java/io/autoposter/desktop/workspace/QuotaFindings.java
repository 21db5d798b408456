package io.autoposter.desktop.workspace;

import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.quota.PostingQuota;
import io.autoposter.model.rules.Finding;
import io.autoposter.model.rules.Severity;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The posting quotas checked offline, with the same moving-window rule the server refuses by (ADR
 * 0016): Instagram's and X's posts per 24 hours for the brand, counted from the posts on this
 * computer. The documented limits apply here; the server also knows the figure the platform
 * reported, and says so when it refuses.
 */
final class QuotaFindings {
  static final String QUOTA_FULL = "QUOTA_FULL";
  static final String QUOTA_NEAR = "QUOTA_NEAR";

  /** The widest quota window: the posts a check needs are due within it either side. */
  static final Duration REACH = Duration.ofHours(24);

  private static final Set<PostStatus> PLANNED =
      EnumSet.of(PostStatus.SCHEDULED, PostStatus.PUBLISHING, PostStatus.PUBLISHED);
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

  private QuotaFindings() {}

  /**
   * @param nearby the brand's posts due within {@link #REACH} of {@code due}
   * @param self the post being edited (not counted), or null for a new one
   */
  static List<Finding> of(
      Set<Network> chosen, Instant due, ZoneId zone, List<Post> nearby, PostId self) {
    List<Finding> found = new ArrayList<>();
    for (Network network : chosen) {
      PostingQuota quota = PostingQuota.defaultFor(network).orElse(null);
      if (quota == null) {
        continue;
      }
      List<Instant> others =
          nearby.stream()
              .filter(p -> !p.id().equals(self))
              .filter(p -> p.dueAt() != null && PLANNED.contains(p.status()))
              .filter(p -> p.networks().contains(network))
              .map(Post::dueAt)
              .toList();
      PostingQuota.Busiest busiest = quota.busiest(others, due);
      String between =
          WHEN.format(busiest.from().atZone(zone))
              + " and "
              + WHEN.format(busiest.to().atZone(zone));
      if (busiest.count() >= quota.limit()) {
        found.add(
            new Finding(
                network,
                Severity.ERROR,
                QUOTA_FULL,
                "%s allows %d posts in %d hours for this brand, and %d are already planned between %s. Move this post or one of those."
                    .formatted(
                        network.displayName(),
                        quota.limit(),
                        quota.window().toHours(),
                        busiest.count(),
                        between)));
      } else if (busiest.count() + 1 >= quota.limit() * 9 / 10) {
        found.add(
            new Finding(
                network,
                Severity.WARNING,
                QUOTA_NEAR,
                "%s: this is post %d of %d allowed in %d hours for this brand (%s)."
                    .formatted(
                        network.displayName(),
                        busiest.count() + 1,
                        quota.limit(),
                        quota.window().toHours(),
                        between)));
      }
    }
    return found;
  }
}
