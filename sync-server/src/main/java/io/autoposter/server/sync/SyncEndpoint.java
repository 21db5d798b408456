package io.autoposter.server.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.autoposter.model.json.Json;
import io.autoposter.model.sync.PullRequest;
import io.autoposter.model.sync.PushRequest;
import io.autoposter.server.access.Access;
import io.autoposter.server.access.Caller;
import io.autoposter.server.access.Permission;
import io.autoposter.server.api.JsonBody;
import io.autoposter.server.api.ProblemException;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.util.OptionalInt;

/** {@code /api/v1/sync}: push and pull. */
public final class SyncEndpoint implements HttpService {
  private static final ObjectMapper PEEK = Json.tolerant();

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
    JsonBody.ok(response, sync.push(caller, read(request, PushRequest.class)));
  }

  private void pull(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.MEMBER);
    JsonBody.ok(response, sync.pull(caller, read(request, PullRequest.class)));
  }

  /**
   * An app of another schema version sends shapes this server cannot read (an old {@code
   * post.upsert}); it must hear "update the app" (426), not "invalid JSON".
   */
  private static <T> T read(ServerRequest request, Class<T> type) {
    byte[] body = JsonBody.body(request);
    try {
      return JsonBody.parse(body, type);
    } catch (ProblemException unreadable) {
      schemaVersionOf(body).ifPresent(SyncService::requireSchema);
      throw unreadable;
    }
  }

  private static OptionalInt schemaVersionOf(byte[] body) {
    try {
      JsonNode version = PEEK.readTree(body).path("schemaVersion");
      return version.isInt() ? OptionalInt.of(version.intValue()) : OptionalInt.empty();
    } catch (IOException e) {
      return OptionalInt.empty();
    }
  }
}
