package io.autoposter.server.sync;

import io.autoposter.model.sync.PullRequest;
import io.autoposter.model.sync.PushRequest;
import io.autoposter.server.access.Access;
import io.autoposter.server.access.Caller;
import io.autoposter.server.access.Permission;
import io.autoposter.server.api.JsonBody;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code /api/v1/sync}: push and pull. */
public final class SyncEndpoint implements HttpService {
  private final SyncService sync;
  private final Access access;

  public SyncEndpoint(SyncService sync, Access access) {
    this.sync = sync;
    this.access = access;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.post("/push", this::push).post("/pull", this::pull);
  }

  private void push(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.MEMBER);
    JsonBody.ok(response, sync.push(caller, JsonBody.read(request, PushRequest.class)));
  }

  private void pull(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.MEMBER);
    JsonBody.ok(response, sync.pull(caller, JsonBody.read(request, PullRequest.class)));
  }
}
