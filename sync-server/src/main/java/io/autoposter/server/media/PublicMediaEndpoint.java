package io.autoposter.server.media;

import io.autoposter.model.AgencyId;
import io.autoposter.server.api.ProblemException;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * {@code GET /media/public/{agency}/{sha256}?expires&signature}: one picture for a platform that
 * fetches it (no session; the signed, expiring link is the proof, see {@link MediaLinks}). A link
 * that is wrong, expired or names media that is not there is answered 404 alike.
 */
public final class PublicMediaEndpoint implements HttpService {
  private final MediaLinks links;
  private final MediaUploads uploads;

  public PublicMediaEndpoint(MediaLinks links, MediaUploads uploads) {
    this.links = links;
    this.uploads = uploads;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/{agency}/{sha256}", this::get);
  }

  private void get(ServerRequest request, ServerResponse response) {
    var query = request.query();
    AgencyId agency;
    long expires;
    try {
      agency = AgencyId.parse(request.path().pathParameters().get("agency"));
      expires = Long.parseLong(query.first("expires").orElse(""));
    } catch (IllegalArgumentException e) {
      throw notFound();
    }
    String sha = request.path().pathParameters().get("sha256");
    if (!links.valid(agency, sha, expires, query.first("signature").orElse(""))) {
      throw notFound();
    }
    MediaUploads.Stored media = uploads.open(agency, new MediaHash(sha));
    response.header(HeaderNames.CONTENT_TYPE, media.contentType());
    response.header(HeaderNames.CONTENT_LENGTH, Long.toString(media.size()));
    response.header(HeaderNames.CACHE_CONTROL, "private, no-store");
    response.header(HeaderNames.X_CONTENT_TYPE_OPTIONS, "nosniff");
    try (OutputStream out = response.outputStream()) {
      Files.copy(media.file(), out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot send " + media.file(), e);
    }
  }

  private static ProblemException notFound() {
    return new ProblemException(
        404, "MEDIA_LINK_INVALID", "No such media link", "The link is wrong or has expired.");
  }
}
