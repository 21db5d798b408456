package io.autoposter.server.audit;

import io.autoposter.model.AgencyId;
import io.autoposter.model.api.AuditPage;
import io.autoposter.server.api.ProblemException;
import io.autoposter.server.store.Database;
import io.autoposter.server.store.Transaction;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Locale;

/** Writes audit entries and reads them back a page at a time, newest first. */
public final class AuditLog {
  public static final int MAX_PAGE_SIZE = 200;

  private final Database database;
  private final Clock clock;
  private final AuditRepository entries = new AuditRepository();

  public AuditLog(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /** Records inside the caller's transaction, so the entry commits exactly when the action does. */
  public void record(Transaction tx, AuditEvent event) {
    entries.insert(tx, event, clock.instant());
  }

  /** Records in a transaction of its own (failed attempts, whose work is rolled back). */
  public void record(AuditEvent event) {
    database.inTransaction(
        tx -> {
          record(tx, event);
          return null;
        });
  }

  AuditPage page(
      AgencyId agency, int page, int size, String action, String actor, String from, String to) {
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      throw ProblemException.validation("page must be ≥ 0 and size 1 to " + MAX_PAGE_SIZE + ".");
    }
    AuditRepository.Filter filter =
        new AuditRepository.Filter(
            blankToNull(action),
            blankToNull(actor) == null ? null : actor.strip().toLowerCase(Locale.ROOT),
            instant(from, "from"),
            instant(to, "to"));
    return database.inTransaction(
        tx ->
            new AuditPage(
                entries.page(tx, agency, filter, page, size),
                page,
                size,
                entries.count(tx, agency, filter)));
  }

  private static Instant instant(String value, String name) {
    if (blankToNull(value) == null) {
      return null;
    }
    try {
      return Instant.parse(value.strip());
    } catch (DateTimeException e) {
      throw ProblemException.validation(
          name + " must be an ISO instant like 2026-01-31T00:00:00Z.");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
