package io.autoposter.server.vault;

import io.autoposter.model.AgencyId;
import io.autoposter.model.Network;
import io.autoposter.model.SocialAccountId;
import io.autoposter.server.store.Transaction;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code social_account_tokens}: ciphertexts only. Token reads and writes are scoped to one agency;
 * the rotation queries ({@link #notUnderKey}, {@link #countByKey}) span every agency on purpose.
 */
final class TokenRepository {

  /** A stored ciphertext with everything its associated data is made of. */
  record EncryptedRow(
      AgencyId agency,
      SocialAccountId account,
      Network network,
      TokenKind kind,
      String ciphertext,
      long keyId) {
    @Override
    public String toString() {
      return "EncryptedRow[agency=%s, account=%s, network=%s, kind=%s, keyId=%d]"
          .formatted(agency.value(), account.value(), network, kind, keyId);
    }
  }

  /** Rotation walks the rows in (account, kind) order from just after this one. */
  record Cursor(UUID account, String kind) {}

  Optional<EncryptedRow> find(
      Transaction tx, AgencyId agency, SocialAccountId account, Network network, TokenKind kind) {
    return tx.one(
        "SELECT ciphertext, key_id FROM social_account_tokens"
            + " WHERE agency_id = ? AND account_id = ? AND kind = ?",
        row ->
            new EncryptedRow(
                agency, account, network, kind, row.getString("ciphertext"), row.getLong("key_id")),
        agency.value(),
        account.value(),
        kind.name());
  }

  /** True when the account exists in the agency and is on the network. */
  boolean accountIsOn(Transaction tx, AgencyId agency, SocialAccountId account, Network network) {
    return tx.one(
            "SELECT 1 FROM social_accounts WHERE agency_id = ? AND id = ? AND network = ?",
            row -> true,
            agency.value(),
            account.value(),
            network.name())
        .isPresent();
  }

  /** Inserts or replaces the account's token of this kind. */
  void put(
      Transaction tx,
      AgencyId agency,
      SocialAccountId account,
      TokenKind kind,
      String ciphertext,
      long keyId,
      Instant expiresAt,
      Instant now) {
    // Token writes are serialized by the keyset row lock (KeysetRepository.lockVersion), so the
    // update-then-insert cannot race another writer of the same row.
    int updated =
        tx.update(
            "UPDATE social_account_tokens SET ciphertext = ?, key_id = ?, expires_at = ?,"
                + " updated_at = ? WHERE agency_id = ? AND account_id = ? AND kind = ?",
            ciphertext,
            keyId,
            expiresAt,
            now,
            agency.value(),
            account.value(),
            kind.name());
    if (updated == 0) {
      tx.update(
          "INSERT INTO social_account_tokens"
              + " (agency_id, account_id, kind, ciphertext, key_id, expires_at, updated_at)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?)",
          agency.value(),
          account.value(),
          kind.name(),
          ciphertext,
          keyId,
          expiresAt,
          now);
    }
  }

  int deleteAccount(Transaction tx, AgencyId agency, SocialAccountId account) {
    return tx.update(
        "DELETE FROM social_account_tokens WHERE agency_id = ? AND account_id = ?",
        agency.value(),
        account.value());
  }

  /** Up to {@code limit} rows not encrypted under {@code primaryKeyId}, after the cursor. */
  List<EncryptedRow> notUnderKey(Transaction tx, long primaryKeyId, Cursor after, int limit) {
    String sql =
        "SELECT t.agency_id, t.account_id, a.network, t.kind, t.ciphertext, t.key_id"
            + " FROM social_account_tokens t"
            + " JOIN social_accounts a ON a.id = t.account_id AND a.agency_id = t.agency_id"
            + " WHERE t.key_id <> ?";
    String order = " ORDER BY t.account_id, t.kind LIMIT ?";
    if (after == null) {
      return tx.list(sql + order, TokenRepository::row, primaryKeyId, limit);
    }
    return tx.list(
        sql + " AND (t.account_id > ? OR (t.account_id = ? AND t.kind > ?))" + order,
        TokenRepository::row,
        primaryKeyId,
        after.account(),
        after.account(),
        after.kind(),
        limit);
  }

  /** Replaces a ciphertext during rotation, unless the row changed since it was read. */
  int reencrypt(Transaction tx, EncryptedRow row, String ciphertext, long keyId) {
    return tx.update(
        "UPDATE social_account_tokens SET ciphertext = ?, key_id = ?"
            + " WHERE agency_id = ? AND account_id = ? AND kind = ? AND key_id = ?"
            + " AND ciphertext = ?",
        ciphertext,
        keyId,
        row.agency().value(),
        row.account().value(),
        row.kind().name(),
        row.keyId(),
        row.ciphertext());
  }

  /** How many tokens each key id encrypts, over every agency. */
  Map<Long, Long> countByKey(Transaction tx) {
    Map<Long, Long> counts = new LinkedHashMap<>();
    tx.list(
            "SELECT key_id, COUNT(*) AS tokens FROM social_account_tokens"
                + " GROUP BY key_id ORDER BY key_id",
            row -> Map.entry(row.getLong("key_id"), row.getLong("tokens")))
        .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
    return counts;
  }

  long countUnderKey(Transaction tx, long keyId) {
    return tx.one(
            "SELECT COUNT(*) AS tokens FROM social_account_tokens WHERE key_id = ?",
            row -> row.getLong("tokens"),
            keyId)
        .orElse(0L);
  }

  private static EncryptedRow row(ResultSet row) throws SQLException {
    return new EncryptedRow(
        new AgencyId(row.getObject("agency_id", UUID.class)),
        new SocialAccountId(row.getObject("account_id", UUID.class)),
        Network.valueOf(row.getString("network")),
        TokenKind.valueOf(row.getString("kind")),
        row.getString("ciphertext"),
        row.getLong("key_id"));
  }
}
