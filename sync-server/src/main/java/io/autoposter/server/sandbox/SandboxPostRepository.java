package io.autoposter.server.sandbox;

import io.autoposter.model.AgencyId;
import io.autoposter.model.BrandId;
import io.autoposter.model.PostId;
import io.autoposter.model.SocialAccountId;
import io.autoposter.model.api.SandboxPost;
import io.autoposter.server.store.Transaction;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the sandbox network "received"; unique (post, account) makes publishing idempotent. */
public final class SandboxPostRepository {

  /**
   * Records the post on the account unless it is already there, and returns the sandbox's id for it
   * ("sbx-n"). A retry returns the id of the first delivery instead of posting twice.
   */
  public String deliver(
      Transaction tx,
      AgencyId agency,
      PostId post,
      SocialAccountId account,
      String caption,
      Instant now) {
    Optional<String> existing = find(tx, post, account);
    if (existing.isPresent()) {
      return existing.get();
    }
    tx.update(
        "INSERT INTO sandbox_posts (agency_id, post_id, account_id, caption, published_at)"
            + " VALUES (?, ?, ?, ?, ?)",
        agency.value(),
        post.value(),
        account.value(),
        caption,
        now);
    return find(tx, post, account).orElseThrow();
  }

  List<SandboxPost> newestFirst(Transaction tx, AgencyId agency) {
    return tx.list(
        "SELECT s.id, s.post_id, a.brand_id, a.display_name, s.caption, s.published_at"
            + " FROM sandbox_posts s JOIN social_accounts a ON a.id = s.account_id"
            + " WHERE s.agency_id = ? ORDER BY s.published_at DESC, s.id DESC",
        row ->
            new SandboxPost(
                "sbx-" + row.getLong("id"),
                new PostId(row.getObject("post_id", UUID.class)),
                new BrandId(row.getObject("brand_id", UUID.class)),
                row.getString("display_name"),
                row.getString("caption"),
                Transaction.instant(row, "published_at")),
        agency.value());
  }

  /** The sandbox's id of the post on the account, when it was delivered there. */
  public Optional<String> find(Transaction tx, PostId post, SocialAccountId account) {
    return tx.one(
        "SELECT id FROM sandbox_posts WHERE post_id = ? AND account_id = ?",
        row -> "sbx-" + row.getLong("id"),
        post.value(),
        account.value());
  }
}
