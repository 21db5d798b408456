package io.autoposter.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One open database transaction. Repositories run explicit SQL through it; services only pass it
 * along, which keeps {@code java.sql} out of them.
 */
public final class Transaction {
  private static final String UNIQUE_VIOLATION = "23505";

  private final Connection connection;

  Transaction(Connection connection) {
    this.connection = connection;
  }

  /** Runs an insert, update or delete and returns the number of rows it touched. */
  public int update(String sql, Object... params) {
    try (PreparedStatement statement = prepare(sql, params)) {
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw translate(sql, e);
    }
  }

  public <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) {
    try (PreparedStatement statement = prepare(sql, params);
        ResultSet rows = statement.executeQuery()) {
      List<T> result = new ArrayList<>();
      while (rows.next()) {
        result.add(mapper.map(rows));
      }
      return result;
    } catch (SQLException e) {
      throw translate(sql, e);
    }
  }

  public <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... params) {
    List<T> rows = list(sql, mapper, params);
    if (rows.size() > 1) {
      throw new StoreException("expected at most one row from: " + sql, null);
    }
    return rows.stream().findFirst();
  }

  /** Reads a {@code timestamp with time zone} column portably (H2 and PostgreSQL). */
  public static Instant instant(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private PreparedStatement prepare(String sql, Object... params) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    try {
      for (int i = 0; i < params.length; i++) {
        statement.setObject(i + 1, toJdbc(params[i]));
      }
      return statement;
    } catch (SQLException | RuntimeException e) {
      statement.close();
      throw e;
    }
  }

  private static Object toJdbc(Object value) {
    // Both drivers accept OffsetDateTime for timestamptz; Instant is not portable.
    return value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value;
  }

  private static StoreException translate(String sql, SQLException e) {
    String firstLine = sql.strip().lines().findFirst().orElse(sql);
    return UNIQUE_VIOLATION.equals(e.getSQLState())
        ? new DuplicateKeyException("duplicate key in: " + firstLine, e)
        : new StoreException("SQL failed: " + firstLine, e);
  }
}
