package io.autoposter.server.accounts;

import io.autoposter.model.AgencyId;
import io.autoposter.model.BrandId;
import io.autoposter.model.Network;
import io.autoposter.model.SocialAccountId;
import io.autoposter.model.api.SocialAccount;
import io.autoposter.server.store.Transaction;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Connected accounts with their platform id and health columns, always scoped to one agency. */
final class ConnectedAccountRepository {
  private static final String COLUMNS =
      "id, agency_id, brand_id, network, display_name, external_id, access_expires_at,"
          + " reconnect_by, broken_reason, broken_fix, next_check_at";

  /** One account row with what health needs. */
  record Row(
      SocialAccount account,
      AgencyId agency,
      String externalId,
      Instant accessExpiresAt,
      Instant reconnectBy,
      String brokenReason,
      String brokenFix,
      Instant nextCheckAt) {}

  /** Inserts the account, or updates the row of the same platform account; returns its id. */
  SocialAccountId upsert(
      Transaction tx,
      AgencyId agency,
      BrandId brand,
      Discovery.Found found,
      Instant nextCheck,
      Instant now) {
    Optional<SocialAccountId> existing =
        tx.one(
            "SELECT id FROM social_accounts WHERE agency_id = ? AND network = ? AND external_id = ?"
                + " FOR UPDATE",
            row -> new SocialAccountId(row.getObject("id", UUID.class)),
            agency.value(),
            found.network().name(),
            found.externalId());
    SocialAccountId id = existing.orElseGet(SocialAccountId::random);
    if (existing.isEmpty()) {
      tx.update(
          "INSERT INTO social_accounts (id, agency_id, brand_id, network, display_name, created_at,"
              + " external_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
          id.value(),
          agency.value(),
          brand.value(),
          found.network().name(),
          found.displayName(),
          now,
          found.externalId());
    } else {
      tx.update(
          "UPDATE social_accounts SET brand_id = ?, display_name = ? WHERE id = ?",
          brand.value(),
          found.displayName(),
          id.value());
    }
    health(
        tx,
        id,
        found.accessExpiresAt(),
        found.reconnectBy(),
        found.problem(),
        found.fix(),
        nextCheck);
    return id;
  }

  void health(
      Transaction tx,
      SocialAccountId id,
      Instant accessExpiresAt,
      Instant reconnectBy,
      String brokenReason,
      String brokenFix,
      Instant nextCheck) {
    tx.update(
        "UPDATE social_accounts SET access_expires_at = ?, reconnect_by = ?, broken_reason = ?,"
            + " broken_fix = ?, next_check_at = ? WHERE id = ?",
        accessExpiresAt,
        reconnectBy,
        brokenReason,
        brokenFix,
        nextCheck,
        id.value());
  }

  /** Marks the account broken with the platform's reason; it is not checked again. */
  void broken(Transaction tx, SocialAccountId id, String reason, String fix) {
    tx.update(
        "UPDATE social_accounts SET broken_reason = ?, broken_fix = ?, next_check_at = NULL"
            + " WHERE id = ?",
        reason.length() > 1000 ? reason.substring(0, 1000) : reason,
        fix,
        id.value());
  }

  List<Row> list(Transaction tx, AgencyId agency) {
    return tx.list(
        "SELECT " + COLUMNS + " FROM social_accounts WHERE agency_id = ? ORDER BY created_at, id",
        ConnectedAccountRepository::row,
        agency.value());
  }

  Optional<Row> find(Transaction tx, AgencyId agency, SocialAccountId id) {
    return tx.one(
        "SELECT " + COLUMNS + " FROM social_accounts WHERE agency_id = ? AND id = ?",
        ConnectedAccountRepository::row,
        agency.value(),
        id.value());
  }

  /** Locks the row for a refresh: two refreshers never spend the same refresh token. */
  Optional<Row> lock(Transaction tx, SocialAccountId id) {
    return tx.one(
        "SELECT " + COLUMNS + " FROM social_accounts WHERE id = ? FOR UPDATE",
        ConnectedAccountRepository::row,
        id.value());
  }

  /** Accounts of every agency due for a refresh or check at {@code now}. */
  List<SocialAccountId> due(Transaction tx, Instant now) {
    return tx.list(
        "SELECT id FROM social_accounts WHERE next_check_at <= ? ORDER BY next_check_at",
        row -> new SocialAccountId(row.getObject("id", UUID.class)),
        now);
  }

  /** Every account with a check planned (the refresher's "check everything now"). */
  List<SocialAccountId> checked(Transaction tx) {
    return tx.list(
        "SELECT id FROM social_accounts WHERE next_check_at IS NOT NULL ORDER BY next_check_at",
        row -> new SocialAccountId(row.getObject("id", UUID.class)));
  }

  /** The agency's accounts with a check planned (its "Check now"). */
  List<SocialAccountId> checked(Transaction tx, AgencyId agency) {
    return tx.list(
        "SELECT id FROM social_accounts WHERE agency_id = ? AND next_check_at IS NOT NULL"
            + " ORDER BY next_check_at",
        row -> new SocialAccountId(row.getObject("id", UUID.class)),
        agency.value());
  }

  Optional<Instant> nextCheck(Transaction tx) {
    return tx.one(
        "SELECT next_check_at FROM social_accounts WHERE next_check_at IS NOT NULL"
            + " ORDER BY next_check_at LIMIT 1",
        row -> Transaction.instant(row, "next_check_at"));
  }

  /** Removes the account and what the sandbox received on it; true when there was one. */
  boolean delete(Transaction tx, AgencyId agency, SocialAccountId id) {
    tx.update(
        "DELETE FROM sandbox_posts WHERE agency_id = ? AND account_id = ?",
        agency.value(),
        id.value());
    return tx.update(
            "DELETE FROM social_accounts WHERE agency_id = ? AND id = ?",
            agency.value(),
            id.value())
        == 1;
  }

  private static Row row(ResultSet row) throws SQLException {
    return new Row(
        new SocialAccount(
            new SocialAccountId(row.getObject("id", UUID.class)),
            new BrandId(row.getObject("brand_id", UUID.class)),
            Network.valueOf(row.getString("network")),
            row.getString("display_name")),
        new AgencyId(row.getObject("agency_id", UUID.class)),
        row.getString("external_id"),
        Transaction.instant(row, "access_expires_at"),
        Transaction.instant(row, "reconnect_by"),
        row.getString("broken_reason"),
        row.getString("broken_fix"),
        Transaction.instant(row, "next_check_at"));
  }
}
