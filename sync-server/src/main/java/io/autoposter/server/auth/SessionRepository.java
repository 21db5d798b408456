package io.autoposter.server.auth;

import io.autoposter.model.AgencyId;
import io.autoposter.model.UserId;
import io.autoposter.server.store.Transaction;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Session rows, looked up by the hash of the bearer token. */
final class SessionRepository {

  /** A live-or-not session as stored; {@link Sessions} decides whether it is still valid. */
  record SessionRow(
      UUID id,
      AgencyId agencyId,
      UserId userId,
      Instant lastSeenAt,
      Instant expiresAt,
      Instant revokedAt) {}

  void insert(
      Transaction tx,
      UUID id,
      String tokenHash,
      AgencyId agency,
      UserId user,
      String deviceName,
      String ip,
      Instant now,
      Instant expiresAt) {
    tx.update(
        "INSERT INTO sessions (id, token_hash, agency_id, user_id, device_name, ip, created_at,"
            + " last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id,
        tokenHash,
        agency.value(),
        user.value(),
        deviceName,
        ip,
        now,
        now,
        expiresAt);
  }

  Optional<SessionRow> findByTokenHash(Transaction tx, String tokenHash) {
    return tx.one(
        "SELECT id, agency_id, user_id, last_seen_at, expires_at, revoked_at FROM sessions"
            + " WHERE token_hash = ?",
        row ->
            new SessionRow(
                row.getObject("id", UUID.class),
                new AgencyId(row.getObject("agency_id", UUID.class)),
                new UserId(row.getObject("user_id", UUID.class)),
                Transaction.instant(row, "last_seen_at"),
                Transaction.instant(row, "expires_at"),
                Transaction.instant(row, "revoked_at")),
        tokenHash);
  }

  void touch(Transaction tx, UUID id, Instant now) {
    tx.update("UPDATE sessions SET last_seen_at = ? WHERE id = ?", now, id);
  }

  void revoke(Transaction tx, UUID id, Instant now) {
    tx.update("UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", now, id);
  }
}
