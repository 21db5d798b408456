package io.autoposter.server.access;

/** Turns a bearer token into its caller; implemented by the session store. */
@FunctionalInterface
public interface CallerResolver {
  /** The caller of a live session, or a 401 UNAUTHENTICATED problem. */
  Caller resolve(String bearerToken);
}
