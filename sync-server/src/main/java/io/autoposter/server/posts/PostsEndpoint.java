package io.autoposter.server.posts;

import io.autoposter.model.api.ApiPostPage;
import io.autoposter.server.access.Access;
import io.autoposter.server.access.Caller;
import io.autoposter.server.access.Permission;
import io.autoposter.server.api.JsonBody;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * {@code /api/v1/posts}: the public posts API, read side: scheduled posts, history with each
 * network's status, platform id, permalink or error, and counts. Scoped to the caller's agency and
 * the brands the caller may see.
 */
public final class PostsEndpoint implements HttpService {
  private final PostQueries queries;
  private final Access access;

  public PostsEndpoint(PostQueries queries, Access access) {
    this.queries = queries;
    this.access = access;
  }

  @Override
  public void routing(HttpRules rules) {
    rules
        .get("/scheduled", this::scheduled)
        .get("/history", this::history)
        .get("/stats", this::stats)
        .get("/{id}", this::one);
  }

  private void scheduled(ServerRequest request, ServerResponse response) {
    page(request, response, "after", queries::scheduled);
  }

  private void history(ServerRequest request, ServerResponse response) {
    page(request, response, "before", queries::history);
  }

  /** A page of posts: {@code brand}, {@code limit} and the cursor named {@code cursor}. */
  private void page(
      ServerRequest request, ServerResponse response, String cursor, PageQuery query) {
    Caller caller = access.require(request, Permission.MEMBER);
    var params = request.query();
    JsonBody.ok(
        response,
        query.page(
            caller,
            params.first("brand").orElse(null),
            params.first("limit").orElse(null),
            params.first(cursor).orElse(null)));
  }

  @FunctionalInterface
  private interface PageQuery {
    ApiPostPage page(Caller caller, String brand, String limit, String cursor);
  }

  private void one(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.MEMBER);
    JsonBody.ok(response, queries.get(caller, request.path().pathParameters().get("id")));
  }

  private void stats(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.MEMBER);
    JsonBody.ok(response, queries.stats(caller, request.query().first("brand").orElse(null)));
  }
}
