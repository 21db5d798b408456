package io.autoposter.server.auth;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;

/** What endpoints call first: the caller behind the request's bearer token, or 401. */
public final class Authenticator {
  private final Sessions sessions;

  public Authenticator(Sessions sessions) {
    this.sessions = sessions;
  }

  public Caller require(ServerRequest request) {
    return sessions.authenticate(request.headers().first(HeaderNames.AUTHORIZATION));
  }

  /** The client's address for the session record; never used for decisions. */
  public static String remoteAddress(ServerRequest request) {
    return request.remotePeer().address() instanceof java.net.InetSocketAddress socket
            && socket.getAddress() != null
        ? socket.getAddress().getHostAddress()
        : "";
  }
}
