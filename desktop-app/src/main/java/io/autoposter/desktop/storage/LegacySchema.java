package io.autoposter.desktop.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Clears a database written by schema 2 (whole posts in columns, {@code post.upsert} in the outbox)
 * before Hibernate updates the schema: those rows cannot be read as schema 3. The posts are pulled
 * again from cursor 0; unpushed schema-2 edits are dropped (a schema-3 server refuses them anyway)
 * and new mutation ids continue after the last one the server processed.
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
}
