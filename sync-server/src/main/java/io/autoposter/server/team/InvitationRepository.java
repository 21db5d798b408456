package io.autoposter.server.team;

import io.autoposter.model.AgencyId;
import io.autoposter.model.BrandId;
import io.autoposter.model.Role;
import io.autoposter.model.UserId;
import io.autoposter.model.api.Invitation;
import io.autoposter.server.store.Transaction;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** invitations rows; the token is stored only as its SHA-256. */
final class InvitationRepository {
  private static final String COLUMNS =
      "SELECT id, agency_id, email, role, all_brands, brand_ids, invited_by_email, created_at,"
          + " expires_at, accepted_at, revoked_at FROM invitations";

  /** An invitation with the agency it belongs to. */
  record Row(AgencyId agency, Invitation invitation, Instant acceptedAt, Instant revokedAt) {
    boolean usable(Instant now) {
      return acceptedAt == null && revokedAt == null && now.isBefore(invitation.expiresAt());
    }
  }

  void insert(
      Transaction tx,
      UUID id,
      AgencyId agency,
      String tokenHash,
      String email,
      Role role,
      boolean allBrands,
      Set<BrandId> brands,
      UserId invitedBy,
      String invitedByEmail,
      Instant now,
      Instant expiresAt) {
    tx.update(
        "INSERT INTO invitations (id, agency_id, token_hash, email, email_normalized, role,"
            + " all_brands, brand_ids, invited_by, invited_by_email, created_at, expires_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id,
        agency.value(),
        tokenHash,
        email,
        email.toLowerCase(Locale.ROOT),
        role.name(),
        allBrands,
        brands.stream().map(BrandId::toString).sorted().collect(Collectors.joining(",")),
        invitedBy.value(),
        invitedByEmail,
        now,
        expiresAt);
  }

  List<Row> list(Transaction tx, AgencyId agency, Instant now) {
    return tx.list(
        COLUMNS + " WHERE agency_id = ? ORDER BY created_at DESC, id",
        row -> row(row, now),
        agency.value());
  }

  Optional<Row> find(Transaction tx, AgencyId agency, UUID id, Instant now) {
    return tx.one(
        COLUMNS + " WHERE agency_id = ? AND id = ? FOR UPDATE",
        row -> row(row, now),
        agency.value(),
        id);
  }

  Optional<Row> byToken(Transaction tx, String tokenHash, Instant now) {
    return tx.one(COLUMNS + " WHERE token_hash = ? FOR UPDATE", row -> row(row, now), tokenHash);
  }

  /** Revokes the agency's open invitations of this e-mail (a new one replaces them). */
  void revokeOpen(Transaction tx, AgencyId agency, String email, Instant now) {
    tx.update(
        "UPDATE invitations SET revoked_at = ? WHERE agency_id = ? AND email_normalized = ?"
            + " AND accepted_at IS NULL AND revoked_at IS NULL",
        now,
        agency.value(),
        email.toLowerCase(Locale.ROOT));
  }

  void renew(Transaction tx, UUID id, String tokenHash, Instant expiresAt) {
    tx.update(
        "UPDATE invitations SET token_hash = ?, expires_at = ? WHERE id = ?",
        tokenHash,
        expiresAt,
        id);
  }

  void revoke(Transaction tx, UUID id, Instant now) {
    tx.update("UPDATE invitations SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", now, id);
  }

  void accept(Transaction tx, UUID id, Instant now) {
    tx.update("UPDATE invitations SET accepted_at = ? WHERE id = ?", now, id);
  }

  String agencyName(Transaction tx, AgencyId agency) {
    return tx.one("SELECT name FROM agencies WHERE id = ?", r -> r.getString(1), agency.value())
        .orElse("your agency");
  }

  private static Row row(ResultSet row, Instant now) throws SQLException {
    Instant expires = Transaction.instant(row, "expires_at");
    Instant accepted = Transaction.instant(row, "accepted_at");
    Instant revoked = Transaction.instant(row, "revoked_at");
    Invitation.Status status =
        accepted != null
            ? Invitation.Status.ACCEPTED
            : revoked != null
                ? Invitation.Status.REVOKED
                : now.isBefore(expires) ? Invitation.Status.PENDING : Invitation.Status.EXPIRED;
    String ids = row.getString("brand_ids");
    Set<BrandId> brands =
        ids.isBlank()
            ? Set.of()
            : Arrays.stream(ids.split(","))
                .map(id -> new BrandId(UUID.fromString(id)))
                .collect(Collectors.toSet());
    return new Row(
        new AgencyId(row.getObject("agency_id", UUID.class)),
        new Invitation(
            row.getObject("id", UUID.class).toString(),
            row.getString("email"),
            Role.valueOf(row.getString("role")),
            row.getBoolean("all_brands"),
            brands,
            row.getString("invited_by_email"),
            Transaction.instant(row, "created_at"),
            expires,
            status),
        accepted,
        revoked);
  }
}
