package io.autoposter.server.accounts;

import io.autoposter.model.SocialAccountId;
import io.autoposter.model.api.ConnectAccountRequest;
import io.autoposter.model.api.ConnectSandboxRequest;
import io.autoposter.server.access.Access;
import io.autoposter.server.access.Caller;
import io.autoposter.server.access.Permission;
import io.autoposter.server.api.JsonBody;
import io.autoposter.server.api.ProblemException;
import io.autoposter.server.sandbox.SocialAccounts;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.UUID;

/**
 * {@code /api/v1/accounts}: connected social accounts, sandbox connect, OAuth connect start, token
 * health and disconnect.
 */
public final class AccountsEndpoint implements HttpService {
  private final SocialAccounts sandbox;
  private final OAuthConnect connect;
  private final ConnectedAccounts connected;
  private final Access access;

  AccountsEndpoint(
      SocialAccounts sandbox, OAuthConnect connect, ConnectedAccounts connected, Access access) {
    this.sandbox = sandbox;
    this.connect = connect;
    this.connected = connected;
    this.access = access;
  }

  @Override
  public void routing(HttpRules rules) {
    rules
        .get("/", this::list)
        .post("/sandbox", this::connectSandbox)
        .post("/connect", this::connect)
        .get("/connected", this::connected)
        .get("/token-health", this::tokenHealth)
        .post("/token-health/check", this::checkNow)
        .delete("/{id}", this::disconnect);
  }

  private void list(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.MEMBER);
    JsonBody.ok(response, sandbox.list(caller));
  }

  private void connectSandbox(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.MANAGE);
    ConnectSandboxRequest body = JsonBody.read(request, ConnectSandboxRequest.class);
    JsonBody.created(response, sandbox.connectSandbox(caller, body, access.origin(request)));
  }

  private void connect(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.MANAGE);
    ConnectAccountRequest body = JsonBody.read(request, ConnectAccountRequest.class);
    JsonBody.created(response, connect.connect(caller, body));
  }

  private void connected(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.MEMBER);
    JsonBody.ok(response, connected.connected(caller));
  }

  private void tokenHealth(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.MEMBER);
    JsonBody.ok(response, connected.health(caller));
  }

  private void checkNow(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.MEMBER);
    JsonBody.ok(response, connected.checkNow(caller));
  }

  private void disconnect(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.MANAGE);
    JsonBody.ok(response, connected.disconnect(caller, accountId(request), access.origin(request)));
  }

  private static SocialAccountId accountId(ServerRequest request) {
    try {
      return new SocialAccountId(UUID.fromString(request.path().pathParameters().get("id")));
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound("There is no such account.");
    }
  }
}
