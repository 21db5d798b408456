package io.autoposter.server.audit;

import io.autoposter.model.AgencyId;
import io.autoposter.model.UserId;
import io.autoposter.model.api.AuditAction;
import io.autoposter.server.access.Caller;
import io.autoposter.server.access.ClientOrigin;

/** One entry to write; {@code agency} null only for attempts that match no agency. */
public record AuditEvent(
    AgencyId agency,
    UserId actorId,
    String actorEmail,
    AuditAction action,
    String target,
    String detail,
    ClientOrigin origin) {

  public AuditEvent {
    target = target == null ? "" : target;
    detail = detail == null ? "" : detail;
    origin = origin == null ? new ClientOrigin("", "") : origin;
  }

  /** An action of a signed-in caller. */
  public static AuditEvent by(
      Caller caller, ClientOrigin origin, AuditAction action, String target, String detail) {
    return new AuditEvent(
        caller.agencyId(), caller.userId(), caller.email(), action, target, detail, origin);
  }
}
