package io.autoposter.server.audit;

import io.autoposter.model.AgencyId;
import io.autoposter.model.UserId;
import io.autoposter.model.api.AuditEntry;
import io.autoposter.server.store.Transaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** audit_log rows; reads are always scoped to one agency. */
final class AuditRepository {
  private static final int MAX_TARGET = 400;
  private static final int MAX_DETAIL = 2000;

  void insert(Transaction tx, AuditEvent event, Instant at) {
    tx.update(
        "INSERT INTO audit_log (agency_id, at, actor_id, actor_email, action, target, detail, ip,"
            + " user_agent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        event.agency() == null ? null : event.agency().value(),
        at,
        event.actorId() == null ? null : event.actorId().value(),
        event.actorEmail(),
        event.action().name(),
        cut(event.target(), MAX_TARGET),
        cut(event.detail(), MAX_DETAIL),
        cut(event.origin().ip(), 64),
        event.origin().userAgent());
  }

  /** Filter of a page query; null fields do not filter. */
  record Filter(String action, String actorEmail, Instant from, Instant to) {}

  List<AuditEntry> page(Transaction tx, AgencyId agency, Filter filter, int page, int size) {
    List<Object> params = new ArrayList<>();
    String where = where(agency, filter, params);
    params.add(size);
    params.add((long) page * size);
    return tx.list(
        "SELECT id, at, actor_id, actor_email, action, target, detail, ip, user_agent"
            + " FROM audit_log"
            + where
            + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?",
        row -> {
          UUID actor = row.getObject("actor_id", UUID.class);
          return new AuditEntry(
              row.getLong("id"),
              Transaction.instant(row, "at"),
              actor == null ? null : new UserId(actor),
              row.getString("actor_email"),
              row.getString("action"),
              row.getString("target"),
              row.getString("detail"),
              row.getString("ip"),
              row.getString("user_agent"));
        },
        params.toArray());
  }

  long count(Transaction tx, AgencyId agency, Filter filter) {
    List<Object> params = new ArrayList<>();
    String where = where(agency, filter, params);
    return tx.one("SELECT COUNT(*) FROM audit_log" + where, row -> row.getLong(1), params.toArray())
        .orElse(0L);
  }

  private static String where(AgencyId agency, Filter filter, List<Object> params) {
    StringBuilder sql = new StringBuilder(" WHERE agency_id = ?");
    params.add(agency.value());
    if (filter.action() != null) {
      sql.append(" AND action = ?");
      params.add(filter.action());
    }
    if (filter.actorEmail() != null) {
      sql.append(" AND LOWER(actor_email) = ?");
      params.add(filter.actorEmail());
    }
    if (filter.from() != null) {
      sql.append(" AND at >= ?");
      params.add(filter.from());
    }
    if (filter.to() != null) {
      sql.append(" AND at < ?");
      params.add(filter.to());
    }
    return sql.toString();
  }

  private static String cut(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
