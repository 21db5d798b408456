package io.autoposter.server.media;

import io.autoposter.model.AgencyId;
import io.autoposter.model.api.MediaInfo;
import io.autoposter.server.store.RowMapper;
import io.autoposter.server.store.Transaction;
import java.time.Instant;
import java.util.Optional;

/** media: one row per agency and SHA-256, from the first chunk on. */
final class MediaRepository {
  private static final String COLUMNS = "sha256, content_type, size, received, complete";
  private static final RowMapper<Row> ROW =
      row ->
          new Row(
              new MediaHash(row.getString(1)),
              row.getString(2),
              row.getLong(3),
              row.getLong(4),
              row.getBoolean(5));

  /** {@code contentType} is empty until the first bytes were sniffed. */
  record Row(MediaHash hash, String contentType, long size, long received, boolean complete) {
    /** The type is only reported once the whole content was checked. */
    MediaInfo info() {
      return new MediaInfo(hash.hex(), complete ? contentType : "", size, received, complete);
    }
  }

  Optional<Row> find(Transaction tx, AgencyId agency, MediaHash hash) {
    return tx.one(
        "SELECT " + COLUMNS + " FROM media WHERE agency_id = ? AND sha256 = ?",
        ROW,
        agency.value(),
        hash.hex());
  }

  /** Like {@link #find}, holding the row until the transaction ends: chunks apply one by one. */
  Optional<Row> lock(Transaction tx, AgencyId agency, MediaHash hash) {
    return tx.one(
        "SELECT " + COLUMNS + " FROM media WHERE agency_id = ? AND sha256 = ? FOR UPDATE",
        ROW,
        agency.value(),
        hash.hex());
  }

  /** Fails with a duplicate key when a concurrent first chunk created the row meanwhile. */
  void insert(Transaction tx, AgencyId agency, MediaHash hash, long size, Instant now) {
    tx.update(
        """
        INSERT INTO media (agency_id, sha256, content_type, size, received, complete,
                           created_at, updated_at)
        VALUES (?, ?, '', ?, 0, FALSE, ?, ?)""",
        agency.value(),
        hash.hex(),
        size,
        now,
        now);
  }

  void update(Transaction tx, AgencyId agency, Row row, Instant now) {
    tx.update(
        """
        UPDATE media SET content_type = ?, received = ?, complete = ?, updated_at = ?
        WHERE agency_id = ? AND sha256 = ?""",
        row.contentType(),
        row.received(),
        row.complete(),
        now,
        agency.value(),
        row.hash().hex());
  }

  void delete(Transaction tx, AgencyId agency, MediaHash hash) {
    tx.update("DELETE FROM media WHERE agency_id = ? AND sha256 = ?", agency.value(), hash.hex());
  }
}
