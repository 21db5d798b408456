package io.autoposter.server.twofactor;

import io.autoposter.model.Role;
import io.autoposter.model.UserId;
import io.autoposter.server.store.Transaction;
import java.util.List;
import java.util.Optional;

/** The two-factor columns of users, and recovery_codes. */
final class TwoFactorRepository {

  record State(
      Role role,
      boolean enabled,
      String sealedSecret,
      String sealedPending,
      long lastStep,
      boolean agencyRequires) {}

  Optional<State> lock(Transaction tx, UserId user) {
    // FOR UPDATE: concurrent checks of one user see each other's used steps and codes.
    return tx.one(
        "SELECT u.role, u.totp_enabled, u.totp_secret, u.totp_pending_secret, u.totp_last_step,"
            + " a.require_two_factor_admins FROM users u JOIN agencies a ON a.id = u.agency_id"
            + " WHERE u.id = ? FOR UPDATE",
        row ->
            new State(
                Role.valueOf(row.getString(1)),
                row.getBoolean(2),
                row.getString(3),
                row.getString(4),
                row.getLong(5),
                row.getBoolean(6)),
        user.value());
  }

  void startEnrollment(Transaction tx, UserId user, String sealedPending, List<String> codeHashes) {
    tx.update("UPDATE users SET totp_pending_secret = ? WHERE id = ?", sealedPending, user.value());
    tx.update("DELETE FROM recovery_codes WHERE user_id = ?", user.value());
    for (String hash : codeHashes) {
      tx.update(
          "INSERT INTO recovery_codes (user_id, code_hash) VALUES (?, ?)", user.value(), hash);
    }
  }

  void enable(Transaction tx, UserId user, String sealedSecret, long step) {
    tx.update(
        "UPDATE users SET totp_secret = ?, totp_pending_secret = NULL, totp_enabled = TRUE,"
            + " totp_last_step = ? WHERE id = ?",
        sealedSecret,
        step,
        user.value());
  }

  void disable(Transaction tx, UserId user) {
    tx.update(
        "UPDATE users SET totp_secret = NULL, totp_pending_secret = NULL, totp_enabled = FALSE,"
            + " totp_last_step = 0 WHERE id = ?",
        user.value());
    tx.update("DELETE FROM recovery_codes WHERE user_id = ?", user.value());
  }

  void usedStep(Transaction tx, UserId user, long step) {
    tx.update("UPDATE users SET totp_last_step = ? WHERE id = ?", step, user.value());
  }

  /** Marks an unused recovery code used; false when there is no such unused code. */
  boolean useRecoveryCode(Transaction tx, UserId user, String codeHash, java.time.Instant now) {
    return tx.update(
            "UPDATE recovery_codes SET used_at = ? WHERE user_id = ? AND code_hash = ?"
                + " AND used_at IS NULL",
            now,
            user.value(),
            codeHash)
        == 1;
  }
}
