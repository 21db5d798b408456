package io.autoposter.server.store;

import io.autoposter.model.AgencyId;
import io.autoposter.model.BrandId;
import io.autoposter.model.Network;
import io.autoposter.model.PostId;
import io.autoposter.model.quota.PostingQuota;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What posting quotas are counted from: the limit a platform reported for a brand's account, else
 * the documented one, and the brand's posts already planned or published to a network.
 */
public final class PostingQuotaRepository {

  /** A network's quota for the brand, and when the platform reported it (null: documented). */
  public record Limit(PostingQuota quota, Instant reportedAt) {}

  /** The quota of {@code network} for the brand; empty when the network has none. */
  public Optional<Limit> limit(Transaction tx, AgencyId agency, BrandId brand, Network network) {
    Optional<PostingQuota> documented = PostingQuota.defaultFor(network);
    if (documented.isEmpty()) {
      return Optional.empty();
    }
    Optional<Limit> reported =
        tx.one(
            "SELECT quota_limit, quota_window_seconds, quota_read_at FROM social_accounts"
                + " WHERE agency_id = ? AND brand_id = ? AND network = ?"
                + " AND quota_limit IS NOT NULL ORDER BY quota_limit LIMIT 1",
            row ->
                new Limit(
                    new PostingQuota(
                        network,
                        row.getInt("quota_limit"),
                        Duration.ofSeconds(row.getInt("quota_window_seconds"))),
                    Transaction.instant(row, "quota_read_at")),
            agency.value(),
            brand.value(),
            network.name());
    return reported.or(() -> documented.map(q -> new Limit(q, null)));
  }

  /**
   * Due times of the brand's posts to {@code network} that are scheduled, publishing or published,
   * within {@code window} either side of {@code around}; {@code except} (may be null) left out.
   */
  public List<Instant> planned(
      Transaction tx,
      AgencyId agency,
      BrandId brand,
      Network network,
      PostId except,
      Instant around,
      Duration window) {
    return tx
        .list(
            "SELECT networks, due_at FROM posts WHERE agency_id = ? AND brand_id = ? AND id <> ?"
                + " AND deleted = FALSE AND status IN ('SCHEDULED', 'PUBLISHING', 'PUBLISHED')"
                + " AND due_at > ? AND due_at < ?",
            row -> new Due(row.getString("networks"), Transaction.instant(row, "due_at")),
            agency.value(),
            brand.value(),
            except == null ? new java.util.UUID(0, 0) : except.value(),
            around.minus(window),
            around.plus(window))
        .stream()
        .filter(due -> Arrays.asList(due.networks().split(",")).contains(network.name()))
        .map(Due::at)
        .toList();
  }

  private record Due(String networks, Instant at) {}
}
