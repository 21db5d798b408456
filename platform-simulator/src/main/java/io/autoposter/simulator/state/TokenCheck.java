package io.autoposter.simulator.state;

/** What an API call's token turned out to be; each network words the failures its own way. */
public sealed interface TokenCheck {
  record Valid(IssuedToken token) implements TokenCheck {}

  record Expired(IssuedToken token) implements TokenCheck {}

  /** Revoked by the person or the app, or a refresh token already rotated away. */
  record Revoked(IssuedToken token) implements TokenCheck {}

  /** No token, a token this network never issued, or one of the wrong kind. */
  record Unknown(String reason) implements TokenCheck {}
}
