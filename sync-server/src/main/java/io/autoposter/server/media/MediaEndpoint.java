package io.autoposter.server.media;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.autoposter.model.api.MediaInfo;
import io.autoposter.model.api.Problem;
import io.autoposter.model.json.Json;
import io.autoposter.server.access.Access;
import io.autoposter.server.access.Caller;
import io.autoposter.server.access.Permission;
import io.autoposter.server.api.JsonBody;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * {@code /api/v1/media}: content-addressed, resumable uploads. Writing needs a role that writes
 * posts; reading, any member. Everything is within the caller's agency.
 */
public final class MediaEndpoint implements HttpService {
  private final MediaUploads uploads;
  private final Access access;

  public MediaEndpoint(MediaUploads uploads, Access access) {
    this.uploads = uploads;
    this.access = access;
  }

  @Override
  public void routing(HttpRules rules) {
    rules
        .get("/{sha256}/status", this::status)
        .put("/{sha256}", this::put)
        .get("/{sha256}", this::get);
  }

  private void status(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.MEMBER);
    MediaInfo info = uploads.status(caller, hash(request));
    response.header(UploadHeaders.UPLOAD_OFFSET, Long.toString(info.received()));
    JsonBody.ok(response, info);
  }

  private void put(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.MEMBER);
    if (!caller.role().writesPosts()) {
      throw Access.forbidden();
    }
    MediaHash hash = hash(request);
    UploadHeaders headers = UploadHeaders.from(request.headers());
    // The declared Content-Type is ignored on purpose: the content's first bytes decide.
    InputStream body =
        request.content().hasEntity()
            ? request.content().inputStream()
            : InputStream.nullInputStream();
    Upload upload = uploads.put(caller, hash, headers, request.headers().contentLength(), body);
    MediaInfo info = upload.info();
    response.header(UploadHeaders.UPLOAD_OFFSET, Long.toString(info.received()));
    switch (upload.outcome()) {
      case RECEIVING -> JsonBody.write(response, Status.ACCEPTED_202, info);
      case COMPLETED -> JsonBody.created(response, info);
      case ALREADY_COMPLETE -> JsonBody.ok(response, info);
      case WRONG_OFFSET -> offsetMismatch(response, info);
    }
  }

  private void get(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.MEMBER);
    MediaHash hash = hash(request);
    MediaUploads.Stored media = uploads.open(caller, hash);
    response.header(HeaderNames.CONTENT_TYPE, media.contentType());
    response.header(HeaderNames.CONTENT_LENGTH, Long.toString(media.size()));
    // The name is the content's hash, so the bytes behind it never change.
    response.header(HeaderNames.CACHE_CONTROL, "private, max-age=31536000, immutable");
    response.header(HeaderNames.ETAG, "\"" + hash.hex() + "\"");
    response.header(HeaderNames.X_CONTENT_TYPE_OPTIONS, "nosniff");
    try (OutputStream out = response.outputStream()) {
      Files.copy(media.file(), out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot send " + media.file(), e);
    }
  }

  /**
   * 409 with the server's offset in the {@code Upload-Offset} header, which a thrown problem could
   * not carry: the client resumes from there.
   */
  private static void offsetMismatch(ServerResponse response, MediaInfo info) {
    Problem problem =
        Problem.of(
            409,
            "UPLOAD_OFFSET_MISMATCH",
            "The chunk does not start where the upload stands",
            "The server has %d of %d bytes; send the chunk that starts at offset %d."
                .formatted(info.received(), info.size(), info.received()));
    response.status(Status.CONFLICT_409);
    response.header(HeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE);
    try {
      response.send(Json.strict().writeValueAsBytes(problem));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize a problem", e);
    }
  }

  private static MediaHash hash(ServerRequest request) {
    return new MediaHash(request.path().pathParameters().get("sha256"));
  }
}
