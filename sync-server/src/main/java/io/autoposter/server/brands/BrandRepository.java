package io.autoposter.server.brands;

import io.autoposter.model.AgencyId;
import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.server.store.Transaction;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Brand rows; every query is scoped to one agency so another agency's brand is never found. */
public final class BrandRepository {

  public Optional<Brand> find(Transaction tx, AgencyId agency, BrandId id) {
    return tx.one(
        "SELECT id, name, zone, color FROM brands WHERE agency_id = ? AND id = ?",
        BrandRepository::brand,
        agency.value(),
        id.value());
  }

  List<Brand> list(Transaction tx, AgencyId agency) {
    return tx.list(
        "SELECT id, name, zone, color FROM brands WHERE agency_id = ? ORDER BY name, id",
        BrandRepository::brand,
        agency.value());
  }

  Optional<Brand> findByName(Transaction tx, AgencyId agency, String name) {
    return tx
        .list(
            "SELECT id, name, zone, color FROM brands WHERE agency_id = ? AND name = ?"
                + " ORDER BY created_at",
            BrandRepository::brand,
            agency.value(),
            name)
        .stream()
        .findFirst();
  }

  void insert(Transaction tx, AgencyId agency, Brand brand, Instant now) {
    tx.update(
        "INSERT INTO brands (id, agency_id, name, zone, color, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        brand.id().value(),
        agency.value(),
        brand.name(),
        brand.zone().getId(),
        brand.color(),
        now);
  }

  private static Brand brand(ResultSet row) throws SQLException {
    return new Brand(
        new BrandId(row.getObject("id", UUID.class)),
        row.getString("name"),
        ZoneId.of(row.getString("zone")),
        row.getString("color"));
  }
}
