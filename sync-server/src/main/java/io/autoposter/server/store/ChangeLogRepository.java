package io.autoposter.server.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.autoposter.model.AgencyId;
import io.autoposter.model.json.Json;
import io.autoposter.model.sync.BrandChanged;
import io.autoposter.model.sync.Change;
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

  /** Takes the next version, builds the change for it and appends it to the log. */
  public <C extends Change> C append(Transaction tx, AgencyId agency, LongFunction<C> changeAt) {
    tx.update(
        "UPDATE agency_versions SET version = version + 1 WHERE agency_id = ?", agency.value());
    long version = lockAgency(tx, agency);
    C change = changeAt.apply(version);
    tx.update(
        "INSERT INTO change_log (agency_id, version, kind, entity_id, payload, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        agency.value(),
        version,
        kind(change),
        entityId(change),
        toJson(change),
        clock.instant());
    return change;
  }

  /** Changes after the cursor, oldest first; at most {@code limit}. */
  public List<Change> after(Transaction tx, AgencyId agency, long cursor, int limit) {
    return tx.list(
        "SELECT payload FROM change_log WHERE agency_id = ? AND version > ?"
            + " ORDER BY version LIMIT ?",
        row -> fromJson(row.getString(1)),
        agency.value(),
        cursor,
        limit);
  }

  private static String kind(Change change) {
    return switch (change) {
      case PostChanged ignored -> "post";
      case PostRemoved ignored -> "post.removed";
      case BrandChanged ignored -> "brand";
    };
  }

  private static UUID entityId(Change change) {
    return switch (change) {
      case PostChanged c -> c.post().id().value();
      case PostRemoved c -> c.postId().value();
      case BrandChanged c -> c.brand().id().value();
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
