package io.autoposter.server.app;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Direct SQL on a running test server's H2 file (same JVM, so the open database is shared): for
 * checking what a request left behind, and for rows whose own feature is not under test.
 */
final class ServerSql {
  private final String url;

  ServerSql(Path dataDir) {
    this.url = ServerSettings.defaultDatabaseUrl(dataDir);
  }

  long count(String sql, Object... params) {
    try (Connection db = DriverManager.getConnection(url, "", "");
        PreparedStatement statement = prepare(db, sql, params);
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  int update(String sql, Object... params) {
    try (Connection db = DriverManager.getConnection(url, "", "");
        PreparedStatement statement = prepare(db, sql, params)) {
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /**
   * A media row as the media feature writes it once an upload ends (or is under way). Creates the
   * table first if the media migration is not in this build.
   */
  void media(Object agencyId, String sha256, long size, boolean complete) {
    update(
        """
        create table if not exists media (
          agency_id uuid not null, sha256 varchar(64) not null,
          content_type varchar(100) default '' not null, size bigint not null,
          received bigint not null, complete boolean not null,
          created_at timestamp with time zone not null,
          updated_at timestamp with time zone not null, primary key (agency_id, sha256))""");
    update("DELETE FROM media WHERE agency_id = ? AND sha256 = ?", agencyId, sha256);
    update(
        "INSERT INTO media (agency_id, sha256, content_type, size, received, complete, created_at,"
            + " updated_at) VALUES (?, ?, 'image/png', ?, ?, ?, ?, ?)",
        agencyId,
        sha256,
        size,
        complete ? size : size / 2,
        complete,
        Instant.now().atOffset(ZoneOffset.UTC),
        Instant.now().atOffset(ZoneOffset.UTC));
  }

  private static PreparedStatement prepare(Connection db, String sql, Object... params)
      throws SQLException {
    PreparedStatement statement = db.prepareStatement(sql);
    for (int i = 0; i < params.length; i++) {
      statement.setObject(i + 1, params[i]);
    }
    return statement;
  }
}
