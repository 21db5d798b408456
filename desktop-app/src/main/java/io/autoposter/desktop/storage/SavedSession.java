package io.autoposter.desktop.storage;

import io.autoposter.model.AgencyId;
import io.autoposter.model.Role;
import io.autoposter.model.UserId;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * The last sign-in, kept so the app can start offline without asking for the password. {@code
 * twoFactorEnrollmentRequired} means the agency requires two-factor for this role and the session
 * may only enrol it until that is done.
 */
public record SavedSession(
    String serverUrl,
    String email,
    AgencyId agencyId,
    UserId userId,
    String agencyName,
    String token,
    Instant expiresAt,
    Role role,
    boolean twoFactorEnrollmentRequired) {

  public SavedSession {
    Objects.requireNonNull(serverUrl, "serverUrl");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(agencyId, "agencyId");
    Objects.requireNonNull(token, "token");
    agencyName = agencyName == null ? "" : agencyName;
    // Sessions saved before roles existed: least privilege until the server says otherwise.
    role = role == null ? Role.VIEWER : role;
  }

  /** A session without role information (an editor's view until refreshed). */
  public SavedSession(
      String serverUrl,
      String email,
      AgencyId agencyId,
      UserId userId,
      String agencyName,
      String token,
      Instant expiresAt) {
    this(serverUrl, email, agencyId, userId, agencyName, token, expiresAt, Role.EDITOR, false);
  }

  /** True if this session was made on {@code serverUrl} for {@code email}. */
  public boolean matches(String otherServerUrl, String otherEmail) {
    return normalize(serverUrl).equals(normalize(otherServerUrl))
        && email.equalsIgnoreCase(otherEmail.strip());
  }

  /** The keychain account of this session's secret: server address, then e-mail. */
  public String keychainAccount() {
    return normalize(serverUrl) + "/" + email.toLowerCase(Locale.ROOT);
  }

  public SavedSession withRole(Role newRole) {
    return new SavedSession(
        serverUrl,
        email,
        agencyId,
        userId,
        agencyName,
        token,
        expiresAt,
        newRole,
        twoFactorEnrollmentRequired);
  }

  public SavedSession withTwoFactorEnrollmentRequired(boolean required) {
    return new SavedSession(
        serverUrl, email, agencyId, userId, agencyName, token, expiresAt, role, required);
  }

  /** True when both addresses name the same server (a trailing slash aside). */
  public static boolean sameServer(String one, String other) {
    return normalize(one).equals(normalize(other));
  }

  private static String normalize(String url) {
    String u = url.strip();
    return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
  }

  @Override
  public String toString() {
    return "SavedSession[serverUrl=%s, email=%s, agencyId=%s, agencyName=%s, role=%s]"
        .formatted(serverUrl, email, agencyId, agencyName, role);
  }
}
