package io.autoposter.server.sandbox;

import io.autoposter.model.api.ConnectSandboxRequest;
import io.autoposter.server.api.JsonBody;
import io.autoposter.server.auth.Authenticator;
import io.autoposter.server.auth.Caller;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code /api/v1/accounts}: connected social accounts. */
public final class AccountsEndpoint implements HttpService {
  private final SocialAccounts accounts;
  private final Authenticator authenticator;

  public AccountsEndpoint(SocialAccounts accounts, Authenticator authenticator) {
    this.accounts = accounts;
    this.authenticator = authenticator;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/", this::list).post("/sandbox", this::connectSandbox);
  }

  private void list(ServerRequest request, ServerResponse response) {
    Caller caller = authenticator.require(request);
    JsonBody.ok(response, accounts.list(caller.agencyId()));
  }

  private void connectSandbox(ServerRequest request, ServerResponse response) {
    Caller caller = authenticator.require(request);
    ConnectSandboxRequest body = JsonBody.read(request, ConnectSandboxRequest.class);
    JsonBody.created(response, accounts.connectSandbox(caller.agencyId(), body));
  }
}
