package io.autoposter.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;

/** The pooled, migrated database and the only way to open a transaction on it. */
public final class Database implements AutoCloseable {
  private final HikariDataSource dataSource;

  /** How long a PostgreSQL session may sit idle inside a transaction before it is ended. */
  static final String IDLE_IN_TRANSACTION_LIMIT = "15s";

  private final boolean postgres;

  private Database(HikariDataSource dataSource, boolean postgres) {
    this.dataSource = dataSource;
    this.postgres = postgres;
  }

  /** Opens the pool and migrates the schema to the newest version before anyone can use it. */
  public static Database open(DatabaseSettings settings) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(settings.url());
    if (!settings.user().isEmpty()) {
      config.setUsername(settings.user());
    }
    if (!settings.password().isEmpty()) {
      config.setPassword(settings.password());
    }
    config.setPoolName("autoposter");
    config.setMaximumPoolSize(10);
    config.setAutoCommit(false);
    boolean postgres = settings.url().startsWith("jdbc:postgresql:");
    if (postgres) {
      // An instance stopped mid-transaction (paused, swapped out, its host frozen) must not keep
      // its row locks: the claims of the others skip locked rows, so they would wait for it
      // forever. Our transactions never wait on anything but the database between statements.
      config.setConnectionInitSql(
          "SET idle_in_transaction_session_timeout = '" + IDLE_IN_TRANSACTION_LIMIT + "'");
    }
    HikariDataSource dataSource = new HikariDataSource(config);
    try {
      Flyway.configure()
          .dataSource(dataSource)
          .locations("classpath:db/migration")
          .load()
          .migrate();
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
    return new Database(dataSource, postgres);
  }

  /** Runs the work in one transaction: commits when it returns, rolls back when it throws. */
  public <T> T inTransaction(TransactionWork<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      try {
        T result = work.run(new Transaction(connection));
        connection.commit();
        return result;
      } catch (RuntimeException | Error e) {
        rollbackQuietly(connection, e);
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("database unavailable", e);
    }
  }

  /**
   * True on PostgreSQL, where several server instances may share the database (row locks with
   * {@code SKIP LOCKED}); false on embedded H2, which one process owns.
   */
  public boolean isPostgres() {
    return postgres;
  }

  /** True when the database answers a trivial query; used by the status check. */
  public boolean answers() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(5);
      statement.execute("SELECT 1");
      connection.rollback();
      return true;
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }

  @Override
  public void close() {
    dataSource.close();
  }

  private static void rollbackQuietly(Connection connection, Throwable failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }
}
