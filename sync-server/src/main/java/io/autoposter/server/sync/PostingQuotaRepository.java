package io.autoposter.server.sync;

import io.autoposter.model.AgencyId;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.quota.PostingQuota;
import io.autoposter.server.store.Transaction;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What the quota rule reads: the limit a platform reported and the posts already planned. */
final class PostingQuotaRepository {

  /** The smallest limit reported for the brand's accounts of {@code network}, if one was read. */
  Optional<PostingQuota> reported(Transaction tx, AgencyId agency, Post post, Network network) {
    return tx.one(
        "SELECT quota_limit, quota_window_seconds FROM social_accounts WHERE agency_id = ?"
            + " AND brand_id = ? AND network = ? AND quota_limit IS NOT NULL"
            + " ORDER BY quota_limit LIMIT 1",
        row ->
            new PostingQuota(
                network,
                row.getInt("quota_limit"),
                Duration.ofSeconds(row.getInt("quota_window_seconds"))),
        agency.value(),
        post.brandId().value(),
        network.name());
  }

  /**
   * Due times of the brand's other posts to {@code network} that are scheduled, publishing or
   * published, within {@code window} either side of the post's due time.
   */
  List<Instant> planned(
      Transaction tx, AgencyId agency, Post post, Network network, Duration window) {
    return tx
        .list(
            "SELECT networks, due_at FROM posts WHERE agency_id = ? AND brand_id = ? AND id <> ?"
                + " AND deleted = FALSE AND status IN ('SCHEDULED', 'PUBLISHING', 'PUBLISHED')"
                + " AND due_at > ? AND due_at < ?",
            row -> new Due(row.getString("networks"), Transaction.instant(row, "due_at")),
            agency.value(),
            post.brandId().value(),
            post.id().value(),
            post.dueAt().minus(window),
            post.dueAt().plus(window))
        .stream()
        .filter(due -> Arrays.asList(due.networks().split(",")).contains(network.name()))
        .map(Due::at)
        .toList();
  }

  private record Due(String networks, Instant at) {}
}
