package io.autoposter.server.auth;

import io.autoposter.model.AgencyId;
import io.autoposter.model.Role;
import io.autoposter.model.UserId;
import io.autoposter.model.api.Agency;
import io.autoposter.server.store.Transaction;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Agencies and their users. */
final class TenantRepository {
  private static final String USER_COLUMNS =
      "SELECT u.id, u.agency_id, a.name, u.email, u.role, u.password_hash, u.totp_enabled,"
          + " a.require_two_factor_admins FROM users u JOIN agencies a ON a.id = u.agency_id";

  static String normalize(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }

  void insertAgency(Transaction tx, AgencyId id, String name, Instant now) {
    tx.update(
        "INSERT INTO agencies (id, name, created_at) VALUES (?, ?, ?)", id.value(), name, now);
  }

  Optional<Agency> agency(Transaction tx, AgencyId id) {
    return tx.one(
        "SELECT id, name, require_two_factor_admins, created_at FROM agencies WHERE id = ?",
        row ->
            new Agency(
                new AgencyId(row.getObject("id", UUID.class)),
                row.getString("name"),
                row.getBoolean("require_two_factor_admins"),
                Transaction.instant(row, "created_at")),
        id.value());
  }

  void updateAgency(Transaction tx, Agency agency) {
    tx.update(
        "UPDATE agencies SET name = ?, require_two_factor_admins = ? WHERE id = ?",
        agency.name(),
        agency.requireTwoFactorForAdmins(),
        agency.id().value());
  }

  /** Inserts a user with every brand visible; team code narrows access afterwards if asked to. */
  public void insertUser(
      Transaction tx,
      UserId id,
      AgencyId agency,
      String name,
      String email,
      String passwordHash,
      Role role,
      Instant now) {
    tx.update(
        "INSERT INTO users (id, agency_id, name, email, email_normalized, password_hash, role,"
            + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        id.value(),
        agency.value(),
        name,
        email.strip(),
        normalize(email),
        passwordHash,
        role.name(),
        now);
  }

  Optional<UserRecord> findByEmail(Transaction tx, String email) {
    return tx.one(
        USER_COLUMNS + " WHERE u.email_normalized = ?", TenantRepository::user, normalize(email));
  }

  Optional<UserRecord> findById(Transaction tx, UserId id) {
    return tx.one(USER_COLUMNS + " WHERE u.id = ?", TenantRepository::user, id.value());
  }

  void setPassword(Transaction tx, UserId id, String passwordHash) {
    tx.update("UPDATE users SET password_hash = ? WHERE id = ?", passwordHash, id.value());
  }

  void setName(Transaction tx, UserId id, String name) {
    tx.update("UPDATE users SET name = ? WHERE id = ?", name, id.value());
  }

  private static UserRecord user(ResultSet row) throws SQLException {
    return new UserRecord(
        new UserId(row.getObject(1, UUID.class)),
        new AgencyId(row.getObject(2, UUID.class)),
        row.getString(3),
        row.getString(4),
        Role.valueOf(row.getString(5)),
        row.getString(6),
        row.getBoolean(7),
        row.getBoolean(8));
  }
}
