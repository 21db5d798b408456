package io.autoposter.server.publish;

import io.autoposter.model.AgencyId;
import io.autoposter.model.BrandId;
import io.autoposter.model.Network;
import io.autoposter.model.SocialAccountId;
import io.autoposter.server.store.Transaction;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The social accounts publishing goes to, and the brand's grace window; scoped to one agency. */
final class TargetAccountRepository {
  private static final String COLUMNS = "id, network, display_name, external_id, broken_reason";

  /** A connected account as the publisher needs it; {@code externalId} is null for the sandbox. */
  record Account(
      SocialAccountId id,
      Network network,
      String displayName,
      String externalId,
      String brokenReason) {}

  List<Account> ofBrand(Transaction tx, AgencyId agency, BrandId brand) {
    return tx.list(
        "SELECT "
            + COLUMNS
            + " FROM social_accounts WHERE agency_id = ? AND brand_id = ? ORDER BY created_at, id",
        TargetAccountRepository::row,
        agency.value(),
        brand.value());
  }

  Optional<Account> find(Transaction tx, AgencyId agency, SocialAccountId id) {
    return tx.one(
        "SELECT " + COLUMNS + " FROM social_accounts WHERE agency_id = ? AND id = ?",
        TargetAccountRepository::row,
        agency.value(),
        id.value());
  }

  /**
   * Marks the account broken with the platform's reason, as the token refresher does: its health
   * turns BROKEN with the reconnect fix, and the next posts to it fail at once instead of calling.
   */
  void markBroken(Transaction tx, AgencyId agency, SocialAccountId id, String reason) {
    tx.update(
        "UPDATE social_accounts SET broken_reason = ?, next_check_at = NULL"
            + " WHERE agency_id = ? AND id = ? AND broken_reason IS NULL",
        reason.length() > 1000 ? reason.substring(0, 1000) : reason,
        agency.value(),
        id.value());
  }

  /** The posting quota the platform reported for the account, read {@code at}. */
  void saveQuota(
      Transaction tx, AgencyId agency, SocialAccountId id, int limit, Duration window, Instant at) {
    tx.update(
        "UPDATE social_accounts SET quota_limit = ?, quota_window_seconds = ?, quota_read_at = ?"
            + " WHERE agency_id = ? AND id = ?",
        limit,
        (int) window.toSeconds(),
        at,
        agency.value(),
        id.value());
  }

  /** Minutes after the due time a post may still go out (default 15). */
  int graceMinutes(Transaction tx, AgencyId agency, BrandId brand) {
    return tx.one(
            "SELECT late_grace_minutes FROM brands WHERE agency_id = ? AND id = ?",
            row -> row.getInt("late_grace_minutes"),
            agency.value(),
            brand.value())
        .orElse(PublishSettings.DEFAULT_GRACE_MINUTES);
  }

  private static Account row(ResultSet row) throws SQLException {
    return new Account(
        new SocialAccountId(row.getObject("id", UUID.class)),
        Network.valueOf(row.getString("network")),
        row.getString("display_name"),
        row.getString("external_id"),
        row.getString("broken_reason"));
  }
}
