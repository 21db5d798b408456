package io.autoposter.server.auth;

import io.autoposter.model.AgencyId;
import io.autoposter.model.api.Agency;
import io.autoposter.model.api.AuditAction;
import io.autoposter.model.api.UpdateAgencyRequest;
import io.autoposter.server.access.Caller;
import io.autoposter.server.access.ClientOrigin;
import io.autoposter.server.api.ProblemException;
import io.autoposter.server.audit.AuditEvent;
import io.autoposter.server.audit.AuditLog;
import io.autoposter.server.store.Database;
import java.util.ArrayList;
import java.util.List;

/** The caller's own agency and its settings; any other id is answered 404. */
public final class Agencies {
  private static final int MAX_NAME = 200;

  private final Database database;
  private final AuditLog audit;
  private final TenantRepository tenants = new TenantRepository();

  public Agencies(Database database, AuditLog audit) {
    this.database = database;
    this.audit = audit;
  }

  public Agency get(Caller caller, String id) {
    requireOwn(caller, id);
    return database.inTransaction(tx -> tenants.agency(tx, caller.agencyId()).orElseThrow());
  }

  public Agency update(Caller caller, String id, UpdateAgencyRequest request, ClientOrigin origin) {
    requireOwn(caller, id);
    return database.inTransaction(
        tx -> {
          Agency current = tenants.agency(tx, caller.agencyId()).orElseThrow();
          List<String> changed = new ArrayList<>();
          String name = current.name();
          if (request.name() != null) {
            name = request.name().strip();
            if (name.isEmpty() || name.length() > MAX_NAME) {
              throw ProblemException.validation("Agency name needs 1 to 200 characters.");
            }
            changed.add("name");
          }
          boolean require = current.requireTwoFactorForAdmins();
          if (request.requireTwoFactorForAdmins() != null) {
            require = request.requireTwoFactorForAdmins();
            changed.add("requireTwoFactorForAdmins=" + require);
          }
          Agency updated = new Agency(current.id(), name, require, current.createdAt());
          tenants.updateAgency(tx, updated);
          audit.record(
              tx,
              AuditEvent.by(
                  caller, origin, AuditAction.AGENCY_UPDATED, name, String.join(", ", changed)));
          return updated;
        });
  }

  private static void requireOwn(Caller caller, String id) {
    AgencyId requested;
    try {
      requested = new AgencyId(java.util.UUID.fromString(id));
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound("There is no such agency.");
    }
    if (!requested.equals(caller.agencyId())) {
      throw ProblemException.notFound("There is no such agency.");
    }
  }
}
