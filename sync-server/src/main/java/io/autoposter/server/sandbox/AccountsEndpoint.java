package io.autoposter.server.sandbox;

import io.autoposter.model.api.ConnectSandboxRequest;
import io.autoposter.server.access.Access;
import io.autoposter.server.access.Caller;
import io.autoposter.server.access.Permission;
import io.autoposter.server.api.JsonBody;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code /api/v1/accounts}: connected social accounts. */
public final class AccountsEndpoint implements HttpService {
  private final SocialAccounts accounts;
  private final Access access;

  public AccountsEndpoint(SocialAccounts accounts, Access access) {
    this.accounts = accounts;
    this.access = access;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/", this::list).post("/sandbox", this::connectSandbox);
  }

  private void list(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.MEMBER);
    JsonBody.ok(response, accounts.list(caller));
  }

  private void connectSandbox(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.MANAGE);
    ConnectSandboxRequest body = JsonBody.read(request, ConnectSandboxRequest.class);
    JsonBody.created(response, accounts.connectSandbox(caller, body, access.origin(request)));
  }
}
