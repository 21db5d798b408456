package io.autoposter.server.sandbox;

import io.autoposter.server.access.Access;
import io.autoposter.server.access.Caller;
import io.autoposter.server.access.Permission;
import io.autoposter.server.api.JsonBody;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code /api/v1/sandbox}: what the sandbox network has received, newest first. */
public final class SandboxEndpoint implements HttpService {
  private final SocialAccounts accounts;
  private final Access access;

  public SandboxEndpoint(SocialAccounts accounts, Access access) {
    this.accounts = accounts;
    this.access = access;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/posts", this::posts);
  }

  private void posts(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.MEMBER);
    JsonBody.ok(response, accounts.sandboxPosts(caller));
  }
}
