package io.autoposter.server.auth;

import io.autoposter.model.AgencyId;
import io.autoposter.model.UserId;
import io.autoposter.server.store.Transaction;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Agencies and their users. */
final class TenantRepository {

  static String normalize(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }

  void insertAgency(Transaction tx, AgencyId id, String name, Instant now) {
    tx.update(
        "INSERT INTO agencies (id, name, created_at) VALUES (?, ?, ?)", id.value(), name, now);
  }

  void insertUser(
      Transaction tx,
      UserId id,
      AgencyId agency,
      String name,
      String email,
      String passwordHash,
      Instant now) {
    tx.update(
        "INSERT INTO users (id, agency_id, name, email, email_normalized, password_hash, role,"
            + " created_at) VALUES (?, ?, ?, ?, ?, ?, 'OWNER', ?)",
        id.value(),
        agency.value(),
        name,
        email.strip(),
        normalize(email),
        passwordHash,
        now);
  }

  Optional<UserRecord> findByEmail(Transaction tx, String email) {
    return tx.one(
        "SELECT u.id, u.agency_id, a.name, u.password_hash FROM users u"
            + " JOIN agencies a ON a.id = u.agency_id WHERE u.email_normalized = ?",
        row ->
            new UserRecord(
                new UserId(row.getObject(1, UUID.class)),
                new AgencyId(row.getObject(2, UUID.class)),
                row.getString(3),
                row.getString(4)),
        normalize(email));
  }
}
