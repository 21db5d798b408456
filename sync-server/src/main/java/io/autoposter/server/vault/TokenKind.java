package io.autoposter.server.vault;

/**
 * Which of an account's tokens: part of the associated data, so an access token's ciphertext cannot
 * pass for the refresh token.
 */
public enum TokenKind {
  /** Short-lived token sent with each platform call. */
  ACCESS,
  /** Long-lived token that buys new access tokens. */
  REFRESH,
  /** Facebook page (or similar per-destination) token. */
  PAGE
}
