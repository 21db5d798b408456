package io.autoposter.server.store;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Turns the current row of a result set into a value; used by repositories only. */
@FunctionalInterface
public interface RowMapper<T> {
  T map(ResultSet row) throws SQLException;
}
