package io.autoposter.server.sync;

import io.autoposter.model.AgencyId;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.quota.PostingQuota;
import io.autoposter.server.store.PostingQuotaRepository;
import io.autoposter.server.store.Transaction;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Refuses scheduling a post beyond an account's posting quota ({@link PostingQuota}): the posts of
 * the same brand and network that are scheduled, publishing or published, in the busiest moving
 * window holding the new due time, must leave room for it. The limit is the one the platform
 * reported for the brand's account (stored by the publisher), else the documented one.
 */
final class QuotaRule {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

  private final PostingQuotaRepository repository = new PostingQuotaRepository();

  /**
   * @throws Rejection {@code QUOTA_FULL}
   */
  void check(Transaction tx, AgencyId agency, Post post) {
    if (post.dueAt() == null) {
      return;
    }
    for (Network network : post.networks()) {
      Optional<PostingQuota> quota = quotaOf(tx, agency, post, network);
      if (quota.isEmpty()) {
        continue;
      }
      List<Instant> others =
          repository.planned(
              tx, agency, post.brandId(), network, post.id(), post.dueAt(), quota.get().window());
      PostingQuota.Busiest busiest = quota.get().busiest(others, post.dueAt());
      if (busiest.count() >= quota.get().limit()) {
        ZoneId zone = post.zone();
        throw new Rejection(
            "QUOTA_FULL",
            "%s allows %d posts in %d hours for this brand, and %d are already planned between %s and %s. Move this post or one of those."
                .formatted(
                    network.displayName(),
                    quota.get().limit(),
                    quota.get().window().toHours(),
                    busiest.count(),
                    WHEN.format(busiest.from().atZone(zone)),
                    WHEN.format(busiest.to().atZone(zone))));
      }
    }
  }

  private Optional<PostingQuota> quotaOf(
      Transaction tx, AgencyId agency, Post post, Network network) {
    return repository
        .limit(tx, agency, post.brandId(), network)
        .map(PostingQuotaRepository.Limit::quota);
  }
}
