package io.autoposter.server.brands;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.autoposter.model.AgencyId;
import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.model.HashtagGroup;
import io.autoposter.model.PostingSlot;
import io.autoposter.model.json.Json;
import io.autoposter.server.store.Transaction;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Brand rows; every query is scoped to one agency and skips deleted brands, so another agency's
 * brand or a deleted one is never found.
 */
public final class BrandRepository {
  private static final String COLUMNS =
      "SELECT id, name, zone, color, logo_sha256, posting_slots, hashtag_groups FROM brands";
  private static final ObjectMapper JSON = Json.tolerant();
  private static final ObjectReader SLOTS =
      JSON.readerFor(new TypeReference<List<PostingSlot>>() {});
  private static final ObjectReader GROUPS =
      JSON.readerFor(new TypeReference<List<HashtagGroup>>() {});

  public Optional<Brand> find(Transaction tx, AgencyId agency, BrandId id) {
    return tx.one(
        COLUMNS + " WHERE agency_id = ? AND id = ? AND deleted = FALSE",
        BrandRepository::brand,
        agency.value(),
        id.value());
  }

  /** Every live brand of the agency, by name. */
  public List<Brand> list(Transaction tx, AgencyId agency) {
    return tx.list(
        COLUMNS + " WHERE agency_id = ? AND deleted = FALSE ORDER BY name, id",
        BrandRepository::brand,
        agency.value());
  }

  Optional<Brand> findByName(Transaction tx, AgencyId agency, String name) {
    return tx
        .list(
            COLUMNS + " WHERE agency_id = ? AND name = ? AND deleted = FALSE ORDER BY created_at",
            BrandRepository::brand,
            agency.value(),
            name)
        .stream()
        .findFirst();
  }

  void insert(Transaction tx, AgencyId agency, Brand brand, Instant now) {
    tx.update(
        "INSERT INTO brands (id, agency_id, name, zone, color, posting_slots, hashtag_groups,"
            + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        brand.id().value(),
        agency.value(),
        brand.name(),
        brand.zone().getId(),
        brand.color(),
        json(brand.postingSlots()),
        json(brand.hashtagGroups()),
        now);
  }

  void update(Transaction tx, AgencyId agency, Brand brand) {
    tx.update(
        "UPDATE brands SET name = ?, zone = ?, color = ?, logo_sha256 = ?, posting_slots = ?,"
            + " hashtag_groups = ? WHERE agency_id = ? AND id = ?",
        brand.name(),
        brand.zone().getId(),
        brand.color(),
        brand.logoSha256(),
        json(brand.postingSlots()),
        json(brand.hashtagGroups()),
        agency.value(),
        brand.id().value());
  }

  void markDeleted(Transaction tx, AgencyId agency, BrandId id) {
    tx.update(
        "UPDATE brands SET deleted = TRUE, logo_sha256 = NULL WHERE agency_id = ? AND id = ?",
        agency.value(),
        id.value());
  }

  private static Brand brand(ResultSet row) throws SQLException {
    return new Brand(
        new BrandId(row.getObject("id", UUID.class)),
        row.getString("name"),
        ZoneId.of(row.getString("zone")),
        row.getString("color"),
        row.getString("logo_sha256"),
        read(SLOTS, row.getString("posting_slots")),
        read(GROUPS, row.getString("hashtag_groups")));
  }

  private static String json(List<?> values) {
    try {
      return JSON.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> List<T> read(ObjectReader reader, String json) {
    try {
      return json == null || json.isBlank() ? List.of() : reader.readValue(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
