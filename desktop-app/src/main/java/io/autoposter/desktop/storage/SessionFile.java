package io.autoposter.desktop.storage;

import io.autoposter.model.AgencyId;
import io.autoposter.model.Role;
import io.autoposter.model.UserId;
import java.time.Instant;

/**
 * What {@code session.json} holds: the session's metadata, and the token only when no keychain
 * keeps it ({@code tokenInKeychain} false). Files from before the keychain have a token and no
 * flag, and still load.
 */
record SessionFile(
    String serverUrl,
    String email,
    AgencyId agencyId,
    UserId userId,
    String agencyName,
    String token,
    Instant expiresAt,
    Role role,
    boolean twoFactorEnrollmentRequired,
    boolean tokenInKeychain) {

  static SessionFile of(SavedSession s, boolean inKeychain) {
    return new SessionFile(
        s.serverUrl(),
        s.email(),
        s.agencyId(),
        s.userId(),
        s.agencyName(),
        inKeychain ? null : s.token(),
        s.expiresAt(),
        s.role(),
        s.twoFactorEnrollmentRequired(),
        inKeychain);
  }

  SavedSession withToken(String secret) {
    return new SavedSession(
        serverUrl,
        email,
        agencyId,
        userId,
        agencyName,
        secret,
        expiresAt,
        role,
        twoFactorEnrollmentRequired);
  }

  @Override
  public String toString() {
    return "SessionFile[serverUrl=%s, email=%s, tokenInKeychain=%s]"
        .formatted(serverUrl, email, tokenInKeychain);
  }
}
