package io.autoposter.desktop.storage;

import io.autoposter.model.AgencyId;
import io.autoposter.model.UserId;
import java.time.Instant;
import java.util.Objects;

/** The last sign-in, kept so the app can start offline without asking for the password. */
public record SavedSession(
    String serverUrl,
    String email,
    AgencyId agencyId,
    UserId userId,
    String agencyName,
    String token,
    Instant expiresAt) {

  public SavedSession {
    Objects.requireNonNull(serverUrl, "serverUrl");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(agencyId, "agencyId");
    Objects.requireNonNull(token, "token");
    agencyName = agencyName == null ? "" : agencyName;
  }

  /** True if this session was made on {@code serverUrl} for {@code email}. */
  public boolean matches(String otherServerUrl, String otherEmail) {
    return normalize(serverUrl).equals(normalize(otherServerUrl))
        && email.equalsIgnoreCase(otherEmail.strip());
  }

  private static String normalize(String url) {
    String u = url.strip();
    return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
  }

  @Override
  public String toString() {
    return "SavedSession[serverUrl=%s, email=%s, agencyId=%s, agencyName=%s]"
        .formatted(serverUrl, email, agencyId, agencyName);
  }
}
