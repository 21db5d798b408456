package io.autoposter.server.sandbox;

import io.autoposter.server.api.JsonBody;
import io.autoposter.server.auth.Authenticator;
import io.autoposter.server.auth.Caller;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code /api/v1/sandbox}: what the sandbox network has received, newest first. */
public final class SandboxEndpoint implements HttpService {
  private final SocialAccounts accounts;
  private final Authenticator authenticator;

  public SandboxEndpoint(SocialAccounts accounts, Authenticator authenticator) {
    this.accounts = accounts;
    this.authenticator = authenticator;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/posts", this::posts);
  }

  private void posts(ServerRequest request, ServerResponse response) {
    Caller caller = authenticator.require(request);
    JsonBody.ok(response, accounts.sandboxPosts(caller.agencyId()));
  }
}
