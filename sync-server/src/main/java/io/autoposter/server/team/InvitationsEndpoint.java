package io.autoposter.server.team;

import io.autoposter.model.api.AcceptInvitationRequest;
import io.autoposter.model.api.CreateInvitationRequest;
import io.autoposter.server.access.Access;
import io.autoposter.server.access.Caller;
import io.autoposter.server.access.Permission;
import io.autoposter.server.api.JsonBody;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code /api/v1/invitations}: invite, list, resend, revoke; accepting needs no session. */
public final class InvitationsEndpoint implements HttpService {
  private final Invitations invitations;
  private final Access access;

  public InvitationsEndpoint(Invitations invitations, Access access) {
    this.invitations = invitations;
    this.access = access;
  }

  @Override
  public void routing(HttpRules rules) {
    rules
        .get("/", this::list)
        .post("/", this::create)
        .post("/accept", this::accept)
        .post("/{id}/resend", this::resend)
        .delete("/{id}", this::revoke);
  }

  private void list(ServerRequest request, ServerResponse response) {
    JsonBody.ok(response, invitations.list(access.require(request, Permission.MANAGE)));
  }

  private void create(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.MANAGE);
    CreateInvitationRequest body = JsonBody.read(request, CreateInvitationRequest.class);
    JsonBody.created(response, invitations.create(caller, body, access.origin(request)));
  }

  private void resend(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.MANAGE);
    JsonBody.ok(
        response,
        invitations.resend(
            caller, request.path().pathParameters().get("id"), access.origin(request)));
  }

  private void revoke(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.MANAGE);
    invitations.revoke(caller, request.path().pathParameters().get("id"), access.origin(request));
    response.status(Status.NO_CONTENT_204).send();
  }

  private void accept(ServerRequest request, ServerResponse response) {
    AcceptInvitationRequest body = JsonBody.read(request, AcceptInvitationRequest.class);
    JsonBody.created(response, invitations.accept(body, access.origin(request)));
  }
}
