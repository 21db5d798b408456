package io.autoposter.server.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.autoposter.model.AgencyId;
import io.autoposter.model.UserId;
import io.autoposter.model.json.Json;
import io.autoposter.model.sync.BrandChanged;
import io.autoposter.model.sync.BrandRemoved;
import io.autoposter.model.sync.Change;
import io.autoposter.model.sync.ConflictChanged;
import io.autoposter.model.sync.PostChanged;
import io.autoposter.model.sync.PostRemoved;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.LongFunction;

/**
 * The per-agency change log that pulls read. Writers lock the agency's version row first ({@link
 * #lockAgency}); because the lock is held until commit, versions become visible in order and a pull
 * never skips a change that committed late.
 */
public final class ChangeLogRepository {
  private static final ObjectWriter WRITER = Json.strict().writerFor(Change.class);
  private static final ObjectReader READER = Json.strict().readerFor(Change.class);

  private final Clock clock;

  public ChangeLogRepository(Clock clock) {
    this.clock = clock;
  }

  public void createAgency(Transaction tx, AgencyId agency) {
    tx.update("INSERT INTO agency_versions (agency_id, version) VALUES (?, 0)", agency.value());
  }

  /**
   * Locks the agency's version row for the rest of the transaction. Every write transaction calls
   * this before touching other rows, so all writers take locks in the same order (no deadlocks).
   */
  public long lockAgency(Transaction tx, AgencyId agency) {
    return tx.one(
            "SELECT version FROM agency_versions WHERE agency_id = ? FOR UPDATE",
            row -> row.getLong(1),
            agency.value())
        .orElseThrow(() -> new StoreException("no version row for agency " + agency, null));
  }

  /**
   * Takes the next version, builds the change for it and appends it to the log for every member who
   * may see its brand.
   */
  public <C extends Change> C append(Transaction tx, AgencyId agency, LongFunction<C> changeAt) {
    return insert(tx, agency, null, null, changeAt);
  }

  /** Like {@link #append(Transaction, AgencyId, LongFunction)}, noting the client mutation. */
  public <C extends Change> C append(
      Transaction tx, AgencyId agency, ChangeCause cause, LongFunction<C> changeAt) {
    return insert(tx, agency, null, cause, changeAt);
  }

  /**
   * Appends a change only {@code member} will pull: a {@code brand.removed} when they lose access
   * to a brand, or the brand and its posts again when they gain it (their cursor is past those).
   */
  public <C extends Change> C appendFor(
      Transaction tx, AgencyId agency, UserId member, LongFunction<C> changeAt) {
    return insert(tx, agency, member, null, changeAt);
  }

  /** The agency's newest version, without locking (pulls report it as their head). */
  public long head(Transaction tx, AgencyId agency) {
    return tx.one(
            "SELECT version FROM agency_versions WHERE agency_id = ?",
            row -> row.getLong(1),
            agency.value())
        .orElse(0L);
  }

  private <C extends Change> C insert(
      Transaction tx, AgencyId agency, UserId member, ChangeCause cause, LongFunction<C> changeAt) {
    tx.update(
        "UPDATE agency_versions SET version = version + 1 WHERE agency_id = ?", agency.value());
    long version = lockAgency(tx, agency);
    C change = changeAt.apply(version);
    tx.update(
        "INSERT INTO change_log (agency_id, version, kind, entity_id, brand_id, target_user_id,"
            + " payload, created_at, client_id, mutation_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        agency.value(),
        version,
        kind(change),
        entityId(change),
        brandOf(tx, change),
        member == null ? null : member.value(),
        toJson(change),
        clock.instant(),
        cause == null ? null : cause.client().value(),
        cause == null ? null : cause.mutationId());
    return change;
  }

  /** Every change after the cursor, oldest first, at most {@code limit}; for all-brand readers. */
  public List<Change> after(Transaction tx, AgencyId agency, long cursor, int limit) {
    return tx.list(
        "SELECT payload FROM change_log WHERE agency_id = ? AND version > ?"
            + " AND target_user_id IS NULL ORDER BY version LIMIT ?",
        row -> fromJson(row.getString(1)),
        agency.value(),
        cursor,
        limit);
  }

  /**
   * The changes after the cursor that {@code member} may see: changes addressed to them, plus
   * agency-wide changes without a brand or of a brand they may see ({@code allBrands} or listed in
   * user_brand_access).
   */
  public List<Change> visibleTo(
      Transaction tx, AgencyId agency, UserId member, boolean allBrands, long cursor, int limit) {
    return tx.list(
        "SELECT payload FROM change_log c WHERE c.agency_id = ? AND c.version > ?"
            + " AND (c.target_user_id = ? OR (c.target_user_id IS NULL AND (c.brand_id IS NULL"
            + " OR ? OR c.brand_id IN (SELECT a.brand_id FROM user_brand_access a"
            + " WHERE a.user_id = ?)))) ORDER BY c.version LIMIT ?",
        row -> fromJson(row.getString(1)),
        agency.value(),
        cursor,
        member.value(),
        allBrands,
        member.value(),
        limit);
  }

  private static UUID brandOf(Transaction tx, Change change) {
    return switch (change) {
      case PostChanged c -> c.post().brandId().value();
      case BrandChanged c -> c.brand().id().value();
      case BrandRemoved c -> c.brandId().value();
      // Brand-scoped like posts: only members who see the brand pull the post's conflicts.
      case ConflictChanged c -> c.conflict().brandId().value();
      case PostRemoved c ->
          tx.one(
                  "SELECT brand_id FROM posts WHERE id = ?",
                  row -> row.getObject(1, UUID.class),
                  c.postId().value())
              .orElse(null);
    };
  }

  private static String kind(Change change) {
    return switch (change) {
      case PostChanged ignored -> "post";
      case PostRemoved ignored -> "post.removed";
      case BrandChanged ignored -> "brand";
      case BrandRemoved ignored -> "brand.removed";
      case ConflictChanged ignored -> "conflict";
    };
  }

  private static UUID entityId(Change change) {
    return switch (change) {
      case PostChanged c -> c.post().id().value();
      case PostRemoved c -> c.postId().value();
      case BrandChanged c -> c.brand().id().value();
      case BrandRemoved c -> c.brandId().value();
      case ConflictChanged c -> c.conflict().id().value();
    };
  }

  private static String toJson(Change change) {
    try {
      return WRITER.writeValueAsString(change);
    } catch (JsonProcessingException e) {
      throw new StoreException("cannot serialize change " + change.getClass(), e);
    }
  }

  private static Change fromJson(String payload) {
    try {
      return READER.readValue(payload);
    } catch (JsonProcessingException e) {
      throw new StoreException("unreadable change payload", e);
    }
  }
}
