package io.autoposter.server.auth;

import io.autoposter.model.AgencyId;
import io.autoposter.model.BrandId;
import io.autoposter.model.Role;
import io.autoposter.model.UserId;
import io.autoposter.model.api.DeviceSession;
import io.autoposter.server.access.ClientOrigin;
import io.autoposter.server.store.Transaction;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Session rows, looked up by the hash of the bearer token. */
final class SessionRepository {

  /** A live-or-not session with its user as stored; {@link Sessions} decides validity. */
  record SessionRow(
      UUID id,
      AgencyId agencyId,
      UserId userId,
      Instant lastSeenAt,
      Instant expiresAt,
      Instant revokedAt,
      String email,
      Role role,
      boolean allBrands,
      boolean totpEnabled,
      boolean agencyRequiresTwoFactor) {}

  void insert(
      Transaction tx,
      UUID id,
      String tokenHash,
      UserRecord user,
      String deviceName,
      ClientOrigin origin,
      Instant now,
      Instant expiresAt) {
    tx.update(
        "INSERT INTO sessions (id, token_hash, agency_id, user_id, device_name, ip, user_agent,"
            + " created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id,
        tokenHash,
        user.agencyId().value(),
        user.id().value(),
        deviceName,
        origin.ip(),
        origin.userAgent(),
        now,
        now,
        expiresAt);
  }

  Optional<SessionRow> findByTokenHash(Transaction tx, String tokenHash) {
    return tx.one(
        "SELECT s.id, s.agency_id, s.user_id, s.last_seen_at, s.expires_at, s.revoked_at,"
            + " u.email, u.role, u.all_brands, u.totp_enabled, a.require_two_factor_admins"
            + " FROM sessions s JOIN users u ON u.id = s.user_id"
            + " JOIN agencies a ON a.id = s.agency_id WHERE s.token_hash = ?",
        row ->
            new SessionRow(
                row.getObject("id", UUID.class),
                new AgencyId(row.getObject("agency_id", UUID.class)),
                new UserId(row.getObject("user_id", UUID.class)),
                Transaction.instant(row, "last_seen_at"),
                Transaction.instant(row, "expires_at"),
                Transaction.instant(row, "revoked_at"),
                row.getString("email"),
                Role.valueOf(row.getString("role")),
                row.getBoolean("all_brands"),
                row.getBoolean("totp_enabled"),
                row.getBoolean("require_two_factor_admins")),
        tokenHash);
  }

  Set<BrandId> brandAccess(Transaction tx, UserId user) {
    return new HashSet<>(
        tx.list(
            "SELECT a.brand_id FROM user_brand_access a JOIN brands b ON b.id = a.brand_id"
                + " WHERE a.user_id = ? AND b.deleted = FALSE",
            row -> new BrandId(row.getObject(1, UUID.class)),
            user.value()));
  }

  /** The user's sessions that have not been revoked and have not passed their absolute expiry. */
  List<DeviceSession> live(Transaction tx, UserId user, UUID current, Instant now) {
    return tx.list(
        "SELECT id, device_name, ip, user_agent, created_at, last_seen_at FROM sessions"
            + " WHERE user_id = ? AND revoked_at IS NULL AND expires_at > ? AND last_seen_at > ?"
            + " ORDER BY last_seen_at DESC",
        row -> {
          UUID id = row.getObject("id", UUID.class);
          return new DeviceSession(
              id.toString(),
              row.getString("device_name"),
              row.getString("ip"),
              row.getString("user_agent"),
              Transaction.instant(row, "created_at"),
              Transaction.instant(row, "last_seen_at"),
              id.equals(current));
        },
        user.value(),
        now,
        now.minus(Sessions.IDLE_EXPIRY));
  }

  void touch(Transaction tx, UUID id, Instant now) {
    tx.update("UPDATE sessions SET last_seen_at = ? WHERE id = ?", now, id);
  }

  void revoke(Transaction tx, UUID id, Instant now) {
    tx.update("UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", now, id);
  }

  /** Revokes one of the user's sessions; false when the id is not one of theirs. */
  boolean revokeOwn(Transaction tx, UserId user, UUID id, Instant now) {
    return tx.update(
            "UPDATE sessions SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL",
            now,
            id,
            user.value())
        == 1;
  }

  int revokeAllExcept(Transaction tx, UserId user, UUID keep, Instant now) {
    return tx.update(
        "UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND id <> ? AND revoked_at IS NULL",
        now,
        user.value(),
        keep);
  }

  int revokeAll(Transaction tx, UserId user, Instant now) {
    return tx.update(
        "UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL",
        now,
        user.value());
  }
}
