package io.autoposter.server.accounts;

/**
 * A platform call that failed; the message says what happened in words a person understands and
 * never contains a token or secret.
 */
final class PlatformException extends RuntimeException {
  private final boolean tokenInvalid;

  PlatformException(String message) {
    this(message, false);
  }

  /**
   * @param tokenInvalid the platform said the token is expired, revoked or invalid (Graph 190, X
   *     invalid_request on refresh, LinkedIn 401): the account is broken until reconnected
   */
  PlatformException(String message, boolean tokenInvalid) {
    super(message, null, false, false);
    this.tokenInvalid = tokenInvalid;
  }

  boolean tokenInvalid() {
    return tokenInvalid;
  }
}
