package io.autoposter.server.team;

import io.autoposter.model.AgencyId;
import io.autoposter.model.BrandId;
import io.autoposter.model.Role;
import io.autoposter.model.UserId;
import io.autoposter.model.api.Member;
import io.autoposter.server.store.Transaction;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** users as members of one agency, with their brand access. */
final class MemberRepository {
  private static final String COLUMNS =
      "SELECT id, email, name, role, all_brands, totp_enabled, created_at FROM users";

  List<Member> list(Transaction tx, AgencyId agency) {
    return tx
        .list(
            COLUMNS + " WHERE agency_id = ? ORDER BY created_at, id",
            MemberRepository::row,
            agency.value())
        .stream()
        .map(row -> row.withBrands(brands(tx, row.id())))
        .toList();
  }

  Optional<Member> find(Transaction tx, AgencyId agency, UserId id) {
    return tx.one(
            COLUMNS + " WHERE agency_id = ? AND id = ? FOR UPDATE",
            MemberRepository::row,
            agency.value(),
            id.value())
        .map(row -> row.withBrands(brands(tx, row.id())));
  }

  boolean emailInAgency(Transaction tx, AgencyId agency, String email) {
    return tx.one(
            "SELECT id FROM users WHERE agency_id = ? AND email_normalized = ?",
            r -> r.getObject(1, UUID.class),
            agency.value(),
            email.strip().toLowerCase(Locale.ROOT))
        .isPresent();
  }

  long owners(Transaction tx, AgencyId agency) {
    return tx.one(
            "SELECT COUNT(*) FROM users WHERE agency_id = ? AND role = 'OWNER'",
            r -> r.getLong(1),
            agency.value())
        .orElse(0L);
  }

  void insert(
      Transaction tx,
      UserId id,
      AgencyId agency,
      String name,
      String email,
      String passwordHash,
      Role role,
      java.time.Instant now) {
    tx.update(
        "INSERT INTO users (id, agency_id, name, email, email_normalized, password_hash, role,"
            + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        id.value(),
        agency.value(),
        name,
        email.strip(),
        email.strip().toLowerCase(Locale.ROOT),
        passwordHash,
        role.name(),
        now);
  }

  void setAccess(Transaction tx, UserId user, Role role, boolean allBrands, Set<BrandId> brands) {
    tx.update(
        "UPDATE users SET role = ?, all_brands = ? WHERE id = ?",
        role.name(),
        allBrands,
        user.value());
    tx.update("DELETE FROM user_brand_access WHERE user_id = ?", user.value());
    if (!allBrands) {
      for (BrandId brand : brands) {
        tx.update(
            "INSERT INTO user_brand_access (user_id, brand_id) VALUES (?, ?)",
            user.value(),
            brand.value());
      }
    }
  }

  /** Removes the user and everything that hangs off them; audit entries keep their id. */
  void delete(Transaction tx, UserId user) {
    for (String table :
        List.of("user_brand_access", "recovery_codes", "password_resets", "sessions")) {
      tx.update("DELETE FROM " + table + " WHERE user_id = ?", user.value());
    }
    tx.update("DELETE FROM users WHERE id = ?", user.value());
  }

  private Set<BrandId> brands(Transaction tx, UserId user) {
    return new HashSet<>(
        tx.list(
            "SELECT a.brand_id FROM user_brand_access a JOIN brands b ON b.id = a.brand_id"
                + " WHERE a.user_id = ? AND b.deleted = FALSE",
            r -> new BrandId(r.getObject(1, UUID.class)),
            user.value()));
  }

  private record Row(Member member) {
    UserId id() {
      return member.id();
    }

    Member withBrands(Set<BrandId> brands) {
      boolean all = member.allBrands() || !member.role().canBeLimitedToBrands();
      return new Member(
          member.id(),
          member.email(),
          member.name(),
          member.role(),
          all,
          all ? Set.of() : brands,
          member.twoFactorEnabled(),
          member.createdAt());
    }
  }

  private static Row row(ResultSet row) throws SQLException {
    return new Row(
        new Member(
            new UserId(row.getObject("id", UUID.class)),
            row.getString("email"),
            row.getString("name"),
            Role.valueOf(row.getString("role")),
            row.getBoolean("all_brands"),
            Set.of(),
            row.getBoolean("totp_enabled"),
            Transaction.instant(row, "created_at")));
  }
}
