package io.autoposter.server.posts;

import io.autoposter.model.api.ApiPostPage;
import io.autoposter.model.api.NewPost;
import io.autoposter.server.access.Access;
import io.autoposter.server.access.Caller;
import io.autoposter.server.access.Permission;
import io.autoposter.server.api.JsonBody;
import io.autoposter.server.api.ProblemException;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * {@code /api/v1/posts}: the public posts API. Read: scheduled posts, history with each network's
 * status, platform id, permalink or error, and counts. Write: publish now, schedule, upload a
 * picture, publish a post now, cancel, delete. Scoped to the caller's agency and the brands the
 * caller may see.
 */
public final class PostsEndpoint implements HttpService {
  static final int MAX_PICTURE_BYTES = 16 * 1024 * 1024;

  private final PostQueries queries;
  private final PostCommands commands;
  private final Access access;

  public PostsEndpoint(PostQueries queries, PostCommands commands, Access access) {
    this.queries = queries;
    this.commands = commands;
    this.access = access;
  }

  @Override
  public void routing(HttpRules rules) {
    rules
        .get("/scheduled", this::scheduled)
        .get("/history", this::history)
        .get("/stats", this::stats)
        .get("/{id}", this::one)
        .post("/create", this::publishNow)
        .post("/schedule", this::schedule)
        .post("/upload-image", this::uploadImage)
        .post("/{id}/publish", this::publishExisting)
        .post("/accounts/{id}/retry-failed", this::retryFailed)
        .delete("/{id}/cancel", this::cancel)
        .delete("/{id}", this::delete);
  }

  private void publishNow(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.MEMBER);
    NewPost body = JsonBody.read(request, NewPost.class);
    JsonBody.write(
        response, Status.ACCEPTED_202, commands.publishNow(caller, body, access.origin(request)));
  }

  private void schedule(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.MEMBER);
    NewPost body = JsonBody.read(request, NewPost.class);
    JsonBody.created(response, commands.schedule(caller, body, access.origin(request)));
  }

  private void uploadImage(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.MEMBER);
    JsonBody.created(response, commands.uploadImage(caller, picture(request)));
  }

  private void publishExisting(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.MEMBER);
    JsonBody.write(
        response,
        Status.ACCEPTED_202,
        commands.publishExisting(caller, id(request), access.origin(request)));
  }

  private void retryFailed(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.MEMBER);
    JsonBody.ok(response, commands.retryFailed(caller, id(request), access.origin(request)));
  }

  private void cancel(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.MEMBER);
    JsonBody.ok(response, commands.cancel(caller, id(request), access.origin(request)));
  }

  private void delete(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.MEMBER);
    commands.delete(caller, id(request), access.origin(request));
    response.status(Status.NO_CONTENT_204).send();
  }

  /** The picture sent as the body, at most {@link #MAX_PICTURE_BYTES}. */
  private static byte[] picture(ServerRequest request) {
    byte[] body;
    try (InputStream in =
        request.content().hasEntity()
            ? request.content().inputStream()
            : InputStream.nullInputStream()) {
      body = in.readNBytes(MAX_PICTURE_BYTES + 1);
    } catch (IOException e) {
      throw ProblemException.validation("The picture could not be read: " + e.getMessage());
    }
    if (body.length == 0) {
      throw ProblemException.validation("Send the picture's bytes as the request body.");
    }
    if (body.length > MAX_PICTURE_BYTES) {
      throw new ProblemException(
          413,
          "PAYLOAD_TOO_LARGE",
          "The picture is too large",
          "upload-image takes pictures of up to 16 MiB; send larger files and videos with the"
              + " resumable PUT /api/v1/media/{sha256}.");
    }
    return body;
  }

  private static String id(ServerRequest request) {
    return request.path().pathParameters().get("id");
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
