package io.autoposter.server.auth;

import io.autoposter.server.access.Access;
import io.autoposter.server.access.Caller;
import io.autoposter.server.access.Permission;
import io.autoposter.server.api.JsonBody;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code /api/v1/sessions}: the caller's own devices; list and revoke. */
public final class SessionsEndpoint implements HttpService {
  private final Sessions sessions;
  private final Access access;

  public SessionsEndpoint(Sessions sessions, Access access) {
    this.sessions = sessions;
    this.access = access;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/", this::list).delete("/", this::revokeOthers).delete("/{id}", this::revoke);
  }

  private void list(ServerRequest request, ServerResponse response) {
    JsonBody.ok(response, sessions.list(access.require(request, Permission.MEMBER)));
  }

  private void revoke(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.MEMBER);
    sessions.revoke(caller, request.path().pathParameters().get("id"), access.origin(request));
    response.status(Status.NO_CONTENT_204).send();
  }

  private void revokeOthers(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.MEMBER);
    sessions.revokeOthers(caller, access.origin(request));
    response.status(Status.NO_CONTENT_204).send();
  }
}
