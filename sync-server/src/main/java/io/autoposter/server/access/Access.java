package io.autoposter.server.access;

import io.autoposter.model.BrandId;
import io.autoposter.server.api.ProblemException;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import java.net.InetSocketAddress;

/**
 * The one door every authenticated route goes through: token → {@link Caller}, then the two-factor
 * enrolment restriction, then the role the route needs. Brand-scoped routes add {@link
 * #requireBrand}, which answers 404 so a caller never learns that a hidden brand exists.
 */
public final class Access {
  private static final String BEARER = "Bearer ";
  private static final int MAX_FORWARDED = 64;

  private final CallerResolver resolver;
  private final boolean trustProxy;

  /**
   * @param trustProxy take the client address from {@code X-Forwarded-For}; only safe behind a
   *     reverse proxy that overwrites that header
   */
  public Access(CallerResolver resolver, boolean trustProxy) {
    this.resolver = resolver;
    this.trustProxy = trustProxy;
  }

  public Caller require(ServerRequest request, Permission permission) {
    String token =
        request
            .headers()
            .first(HeaderNames.AUTHORIZATION)
            .filter(value -> value.regionMatches(true, 0, BEARER, 0, BEARER.length()))
            .map(value -> value.substring(BEARER.length()).strip())
            .filter(value -> !value.isEmpty())
            .orElseThrow(ProblemException::unauthenticated);
    Caller caller = resolver.resolve(token);
    if (caller.twoFactorEnrollmentRequired() && permission != Permission.SESSION) {
      throw new ProblemException(
          403,
          "TWO_FACTOR_ENROLLMENT_REQUIRED",
          "Two-factor sign-in required",
          "Your agency requires two-factor sign-in for your role. Set it up first.");
    }
    if (!permission.allows(caller.role())) {
      throw forbidden();
    }
    return caller;
  }

  /** 404 for a brand the caller may not see: the same answer as for a brand that does not exist. */
  public static void requireBrand(Caller caller, BrandId brand) {
    if (!caller.canSee(brand)) {
      throw ProblemException.notFound("There is no such brand.");
    }
  }

  public static ProblemException forbidden() {
    return new ProblemException(
        403, "FORBIDDEN", "Not allowed", "Your role in this agency does not allow this.");
  }

  public ClientOrigin origin(ServerRequest request) {
    String userAgent = request.headers().first(HeaderNames.USER_AGENT).orElse("");
    return new ClientOrigin(ip(request), userAgent);
  }

  private String ip(ServerRequest request) {
    if (trustProxy) {
      String forwarded =
          request.headers().first(HeaderNames.X_FORWARDED_FOR).orElse("").split(",")[0].strip();
      if (!forwarded.isEmpty() && forwarded.length() <= MAX_FORWARDED) {
        return forwarded;
      }
    }
    return request.remotePeer().address() instanceof InetSocketAddress socket
            && socket.getAddress() != null
        ? socket.getAddress().getHostAddress()
        : "";
  }
}
