package io.autoposter.desktop.sync;

import io.autoposter.model.api.AuditPage;
import java.time.Instant;

/** Reads the agency's audit log, newest first (owners and admins). */
public final class AuditLog {

  private final ServerClient client;
  private final AuditApi api;

  AuditLog(ServerClient client, AuditApi api) {
    this.client = client;
    this.api = api;
  }

  public AuditPage page(AuditQuery query) throws ServerCallException {
    return client.call(
        api.page(
            query.page(),
            query.size(),
            query.action(),
            query.actor(),
            text(query.from()),
            text(query.to())));
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
