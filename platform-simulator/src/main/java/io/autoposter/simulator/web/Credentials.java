package io.autoposter.simulator.web;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Reads the caller's token or client credentials from a request. */
public final class Credentials {
  private Credentials() {}

  /** {@code Authorization: Bearer x} (or Graph's {@code OAuth x}), else {@code access_token}. */
  public static Optional<String> bearer(ServerRequest request, Params params) {
    Optional<String> header = request.headers().first(HeaderNames.AUTHORIZATION);
    if (header.isPresent()) {
      String value = header.get().strip();
      for (String scheme : new String[] {"Bearer ", "OAuth "}) {
        if (value.regionMatches(true, 0, scheme, 0, scheme.length())) {
          return Optional.of(value.substring(scheme.length()).strip());
        }
      }
    }
    return params.get("access_token");
  }

  /** The client id and secret of {@code Authorization: Basic}, if sent. */
  public static Optional<String[]> basic(ServerRequest request) {
    Optional<String> header = request.headers().first(HeaderNames.AUTHORIZATION);
    if (header.isEmpty() || !header.get().regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(header.get().substring(6).strip()),
              StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0
          ? Optional.empty()
          : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
