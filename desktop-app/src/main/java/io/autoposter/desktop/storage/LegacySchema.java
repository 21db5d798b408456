package io.autoposter.desktop.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * What older versions left in a local database that Hibernate's schema update would not remove.
 *
 * <p>Clears a database written by schema 2 (whole posts in columns, {@code post.upsert} in the
 * outbox) before Hibernate updates the schema: those rows cannot be read as schema 3. The posts are
 * pulled again from cursor 0; unpushed schema-2 edits are dropped (a schema-3 server refuses them
 * anyway) and new mutation ids continue after the last one the server processed.
 */
final class LegacySchema {

  private LegacySchema() {}

  static void clearIfSchema2(DataSource pool) {
    try (Connection db = pool.getConnection();
        Statement sql = db.createStatement()) {
      boolean schema2;
      try (ResultSet rows =
          sql.executeQuery(
              "SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC'"
                  + " AND TABLE_NAME = 'POSTS' AND COLUMN_NAME = 'CAPTION'")) {
        schema2 = rows.next() && rows.getInt(1) > 0;
      }
      if (schema2) {
        sql.execute("DROP TABLE POSTS");
        sql.execute("DROP TABLE IF EXISTS OUTBOX");
        sql.execute(
            "UPDATE SYNC_STATE SET PULL_CURSOR = 0, NEXT_MUTATION_ID = LAST_MUTATION_ID + 1");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the local database", e);
    }
  }

  /**
   * Drops indexes this version no longer declares (Hibernate's update adds indexes but never drops
   * one), so that writes stop maintaining them: {@code posts_by_brand} gave way to {@code
   * posts_by_brand_due} (ADR 0014).
   */
  static void dropRetiredIndexes(DataSource pool) {
    try (Connection db = pool.getConnection();
        Statement sql = db.createStatement()) {
      sql.execute("DROP INDEX IF EXISTS POSTS_BY_BRAND");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot update the local database", e);
    }
  }
}
