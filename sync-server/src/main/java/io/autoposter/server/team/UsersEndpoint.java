package io.autoposter.server.team;

import io.autoposter.model.api.UpdateMemberRequest;
import io.autoposter.server.access.Access;
import io.autoposter.server.access.Caller;
import io.autoposter.server.access.Permission;
import io.autoposter.server.api.JsonBody;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code /api/v1/users}: the agency's members. */
public final class UsersEndpoint implements HttpService {
  private final Members members;
  private final Access access;

  public UsersEndpoint(Members members, Access access) {
    this.members = members;
    this.access = access;
  }

  @Override
  public void routing(HttpRules rules) {
    rules
        .get("/", this::list)
        .get("/me", this::me)
        .patch("/{id}", this::update)
        .delete("/{id}", this::remove);
  }

  private void list(ServerRequest request, ServerResponse response) {
    JsonBody.ok(response, members.list(access.require(request, Permission.MEMBER)));
  }

  private void me(ServerRequest request, ServerResponse response) {
    JsonBody.ok(response, members.me(access.require(request, Permission.SESSION)));
  }

  private void update(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.MANAGE);
    UpdateMemberRequest body = JsonBody.read(request, UpdateMemberRequest.class);
    JsonBody.ok(
        response,
        members.update(
            caller, request.path().pathParameters().get("id"), body, access.origin(request)));
  }

  private void remove(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.MANAGE);
    members.remove(caller, request.path().pathParameters().get("id"), access.origin(request));
    response.status(Status.NO_CONTENT_204).send();
  }
}
