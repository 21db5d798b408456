package io.autoposter.server.access;

/** Where a request came from, for sessions, rate limits and the audit log; never for access. */
public record ClientOrigin(String ip, String userAgent) {
  private static final int MAX_USER_AGENT = 300;

  public ClientOrigin {
    ip = ip == null ? "" : ip;
    userAgent = userAgent == null ? "" : userAgent;
    if (userAgent.length() > MAX_USER_AGENT) {
      userAgent = userAgent.substring(0, MAX_USER_AGENT);
    }
  }

  /** Used by the demo seed and other server-side actions. */
  public static ClientOrigin server() {
    return new ClientOrigin("127.0.0.1", "autoposter-server");
  }
}
