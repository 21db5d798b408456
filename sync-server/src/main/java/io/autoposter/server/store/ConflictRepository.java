package io.autoposter.server.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.autoposter.model.AgencyId;
import io.autoposter.model.BrandId;
import io.autoposter.model.ConflictId;
import io.autoposter.model.PostId;
import io.autoposter.model.json.Json;
import io.autoposter.model.sync.ConflictKind;
import io.autoposter.model.sync.ConflictSide;
import io.autoposter.model.sync.PostConflict;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Conflict records, written by sync and re-sent by brand snapshots; sides are ConflictSide JSON.
 */
public final class ConflictRepository {
  private static final ObjectWriter WRITER = Json.strict().writerFor(ConflictSide.class);
  private static final ObjectReader READER = Json.tolerant().readerFor(ConflictSide.class);
  private static final String SELECT =
      "SELECT id, agency_id, post_id, brand_id, kind, field, kept, incoming, resolution"
          + " FROM conflicts";
  private static final RowMapper<Found> ROW =
      row ->
          new Found(
              new AgencyId(row.getObject("agency_id", UUID.class)),
              new PostConflict(
                  new ConflictId(row.getObject("id", UUID.class)),
                  new PostId(row.getObject("post_id", UUID.class)),
                  new BrandId(row.getObject("brand_id", UUID.class)),
                  ConflictKind.valueOf(row.getString("kind")),
                  row.getString("field"),
                  side(row.getString("kept")),
                  side(row.getString("incoming")),
                  side(row.getString("resolution"))));

  /** A conflict with the agency it belongs to, which callers check before revealing anything. */
  public record Found(AgencyId agency, PostConflict conflict) {}

  public Optional<Found> find(Transaction tx, ConflictId id) {
    return tx.one(SELECT + " WHERE id = ?", ROW, id.value());
  }

  /** The post's conflicts nobody resolved yet, oldest first. */
  public List<PostConflict> openOfPost(Transaction tx, PostId post) {
    return tx
        .list(
            SELECT + " WHERE post_id = ? AND resolved_at IS NULL ORDER BY created_at, id",
            ROW,
            post.value())
        .stream()
        .map(Found::conflict)
        .toList();
  }

  /** The brand's open conflicts, oldest first, for a member who gains the brand. */
  public List<PostConflict> openOfBrand(Transaction tx, AgencyId agency, BrandId brand) {
    return tx
        .list(
            SELECT
                + " WHERE agency_id = ? AND brand_id = ? AND resolved_at IS NULL"
                + " ORDER BY created_at, id",
            ROW,
            agency.value(),
            brand.value())
        .stream()
        .map(Found::conflict)
        .toList();
  }

  public void insert(Transaction tx, AgencyId agency, PostConflict conflict, Instant now) {
    tx.update(
        "INSERT INTO conflicts (id, agency_id, post_id, brand_id, kind, field, kept, incoming,"
            + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        conflict.id().value(),
        agency.value(),
        conflict.postId().value(),
        conflict.brandId().value(),
        conflict.kind().name(),
        conflict.field(),
        json(conflict.kept()),
        json(conflict.incoming()),
        now);
  }

  /** Closes the conflict; false when someone else closed it first. */
  public boolean resolve(Transaction tx, PostConflict resolved, Instant now) {
    return tx.update(
            "UPDATE conflicts SET resolution = ?, brand_id = ?, resolved_at = ?"
                + " WHERE id = ? AND resolved_at IS NULL",
            json(resolved.resolution()),
            resolved.brandId().value(),
            now,
            resolved.id().value())
        == 1;
  }

  private static String json(ConflictSide side) {
    try {
      return WRITER.writeValueAsString(side);
    } catch (JsonProcessingException e) {
      throw new StoreException("cannot serialize a conflict side", e);
    }
  }

  private static ConflictSide side(String json) {
    if (json == null) {
      return null;
    }
    try {
      return READER.readValue(json);
    } catch (JsonProcessingException e) {
      throw new StoreException("unreadable conflict side", e);
    }
  }
}
