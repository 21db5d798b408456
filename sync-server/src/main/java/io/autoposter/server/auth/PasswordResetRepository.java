package io.autoposter.server.auth;

import io.autoposter.model.UserId;
import io.autoposter.server.store.Transaction;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** password_resets: one row per e-mailed link, keyed by the SHA-256 of its token. */
final class PasswordResetRepository {

  void insert(Transaction tx, String tokenHash, UserId user, Instant now, Instant expiresAt) {
    tx.update(
        "INSERT INTO password_resets (token_hash, user_id, created_at, expires_at)"
            + " VALUES (?, ?, ?, ?)",
        tokenHash,
        user.value(),
        now,
        expiresAt);
  }

  /** The user of an unused, unexpired token, locking the row so it can be used only once. */
  Optional<UserId> usable(Transaction tx, String tokenHash, Instant now) {
    return tx.one(
        "SELECT user_id FROM password_resets WHERE token_hash = ? AND used_at IS NULL"
            + " AND expires_at > ? FOR UPDATE",
        row -> new UserId(row.getObject(1, UUID.class)),
        tokenHash,
        now);
  }

  /** Uses up every open link of the user: after a reset, older e-mails stop working too. */
  void useAll(Transaction tx, UserId user, Instant now) {
    tx.update(
        "UPDATE password_resets SET used_at = ? WHERE user_id = ? AND used_at IS NULL",
        now,
        user.value());
  }
}
