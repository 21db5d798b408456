package io.autoposter.server.posts;

import io.autoposter.model.api.NewPost;
import io.autoposter.server.access.Access;
import io.autoposter.server.access.Caller;
import io.autoposter.server.access.Permission;
import io.autoposter.server.api.JsonBody;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code /api/v1/queue}: add a post at the brand's next free slot, list, take one out. */
public final class QueueEndpoint implements HttpService {
  private final PostQueue queue;
  private final Access access;

  public QueueEndpoint(PostQueue queue, Access access) {
    this.queue = queue;
    this.access = access;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.post("/", this::add).get("/", this::show).delete("/{id}", this::remove);
  }

  private void add(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.MEMBER);
    NewPost body = JsonBody.read(request, NewPost.class);
    JsonBody.created(response, queue.add(caller, body, access.origin(request)));
  }

  private void show(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.MEMBER);
    var params = request.query();
    JsonBody.ok(
        response,
        queue.show(caller, params.first("brand").orElse(null), params.first("limit").orElse(null)));
  }

  private void remove(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.MEMBER);
    JsonBody.ok(
        response,
        queue.remove(caller, request.path().pathParameters().get("id"), access.origin(request)));
  }
}
