package io.autoposter.simulator.x;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.autoposter.simulator.state.IssuedToken;
import io.autoposter.simulator.state.SimulatedNetwork;
import io.autoposter.simulator.web.Json;
import io.autoposter.simulator.web.Params;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Base64;
import java.util.Optional;

/**
 * {@code POST /2/media/upload}: a simple upload ({@code media} or {@code media_data}), or the
 * chunked {@code command=INIT|APPEND|FINALIZE} and {@code GET ...?command=STATUS}; also the newer
 * {@code /2/media/upload/initialize}, {@code /{id}/append} and {@code /{id}/finalize}.
 */
final class XMediaUpload {
  private static final long EXPIRES_AFTER_SECS = 86_400;

  private final XContext x;

  XMediaUpload(XContext x) {
    this.x = x;
  }

  void command(ServerRequest request, ServerResponse response) {
    route(request, response, Optional.empty(), Optional.empty());
  }

  void initialize(ServerRequest request, ServerResponse response) {
    route(request, response, Optional.of("INIT"), Optional.empty());
  }

  void append(ServerRequest request, ServerResponse response) {
    route(
        request,
        response,
        Optional.of("APPEND"),
        Optional.of(request.path().pathParameters().get("id")));
  }

  void finalizeUpload(ServerRequest request, ServerResponse response) {
    route(
        request,
        response,
        Optional.of("FINALIZE"),
        Optional.of(request.path().pathParameters().get("id")));
  }

  private void route(
      ServerRequest request, ServerResponse response, Optional<String> fixed, Optional<String> id) {
    Optional<IssuedToken> token = x.caller(request, response, "media.write");
    if (token.isEmpty()) {
      return;
    }
    String user = token.get().subject();
    if (x.gate().refuse(SimulatedNetwork.X, user, response, XContext.ERRORS)) {
      return;
    }
    Params params = Params.of(request);
    String command = fixed.orElse(params.getOr("command", "UPLOAD"));
    Optional<String> mediaId = id.or(() -> params.get("media_id"));
    switch (command) {
      case "INIT" -> init(user, params, response);
      case "APPEND" -> append(user, mediaId, params, response);
      case "FINALIZE" -> finish(user, mediaId, response);
      case "STATUS" -> status(user, mediaId, response);
      case "UPLOAD" -> simple(user, params, response);
      default -> XErrors.invalid(response, "Unknown command " + command + ".");
    }
  }

  private void init(String user, Params params, ServerResponse response) {
    String type = params.getOr("media_type", "");
    if (type.isEmpty()) {
      XErrors.invalid(response, "The media_type parameter is required.");
      return;
    }
    long total = Long.parseLong(params.getOr("total_bytes", "0"));
    XMedia.Upload upload =
        new XMedia.Upload(
            x.ids().snowflake(),
            user,
            type,
            params.getOr("media_category", ""),
            total,
            0,
            "uploading");
    x.media().put(upload);
    ObjectNode data = Json.object().put("id", upload.id()).put("media_key", upload.key());
    data.put("expires_after_secs", EXPIRES_AFTER_SECS);
    send(response, data);
  }

  private void append(String user, Optional<String> id, Params params, ServerResponse response) {
    byte[] bytes =
        params
            .file("media")
            .or(() -> params.get("media_data").map(d -> Base64.getMimeDecoder().decode(d)))
            .orElse(new byte[0]);
    Optional<XMedia.Upload> upload = own(user, id).filter(u -> u.state().equals("uploading"));
    if (upload.isEmpty() || bytes.length == 0) {
      XErrors.invalid(response, "media_id is not an open upload, or the segment is empty.");
      return;
    }
    x.media().update(upload.get().id(), u -> u.with(bytes.length, "uploading"));
    send(
        response,
        Json.object().put("expires_at", x.published().now().getEpochSecond() + EXPIRES_AFTER_SECS));
  }

  private void finish(String user, Optional<String> id, ServerResponse response) {
    Optional<XMedia.Upload> upload = own(user, id).filter(u -> u.state().equals("uploading"));
    if (upload.isEmpty()) {
      XErrors.invalid(response, "media_id is not an open upload.");
      return;
    }
    XMedia.Upload open = upload.get();
    if (open.totalBytes() > 0 && open.received() != open.totalBytes()) {
      XErrors.invalid(response, "Segments do not add up to provided total file size.");
      return;
    }
    XMedia.Upload done =
        x.media()
            .update(open.id(), u -> u.with(0, u.video() ? "pending" : "succeeded"))
            .orElseThrow();
    send(response, describe(done));
  }

  private void status(String user, Optional<String> id, ServerResponse response) {
    Optional<XMedia.Upload> upload = own(user, id);
    if (upload.isEmpty()) {
      XErrors.invalid(response, "Unknown media_id.");
      return;
    }
    // Videos finish processing by the first STATUS read after FINALIZE.
    XMedia.Upload now =
        x.media()
            .update(
                upload.get().id(), u -> u.state().equals("pending") ? u.with(0, "succeeded") : u)
            .orElseThrow();
    ObjectNode data = describe(now);
    if (!data.has("processing_info")) {
      data.putObject("processing_info").put("state", now.state()).put("progress_percent", 100);
    }
    send(response, data);
  }

  private void simple(String user, Params params, ServerResponse response) {
    Optional<byte[]> bytes =
        params
            .file("media")
            .or(() -> params.get("media_data").map(d -> Base64.getMimeDecoder().decode(d)));
    if (bytes.isEmpty() || bytes.get().length == 0) {
      XErrors.invalid(response, "One of media, media_data or command is required.");
      return;
    }
    String category = params.getOr("media_category", "tweet_image");
    XMedia.Upload upload =
        new XMedia.Upload(
            x.ids().snowflake(),
            user,
            params.getOr("media_type", "image/jpeg"),
            category,
            bytes.get().length,
            bytes.get().length,
            "succeeded");
    x.media().put(upload);
    send(response, describe(upload));
  }

  private ObjectNode describe(XMedia.Upload upload) {
    ObjectNode data = Json.object().put("id", upload.id()).put("media_key", upload.key());
    data.put("size", upload.received()).put("expires_after_secs", EXPIRES_AFTER_SECS);
    if (!upload.state().equals("succeeded")) {
      data.putObject("processing_info").put("state", upload.state()).put("check_after_secs", 1);
    }
    return data;
  }

  private Optional<XMedia.Upload> own(String user, Optional<String> id) {
    return id.flatMap(x.media()::find).filter(u -> u.owner().equals(user));
  }

  private static void send(ServerResponse response, ObjectNode data) {
    ObjectNode body = Json.object();
    body.set("data", data);
    Json.ok(response, body);
  }
}
