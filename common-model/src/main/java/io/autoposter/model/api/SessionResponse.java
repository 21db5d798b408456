package io.autoposter.model.api;

import io.autoposter.model.AgencyId;
import io.autoposter.model.Role;
import io.autoposter.model.UserId;
import java.time.Instant;

/**
 * A signed-in session: send {@code token} as {@code Authorization: Bearer <token>}. When {@code
 * twoFactorEnrollmentRequired} is true the agency requires two-factor for this role and the session
 * may only enrol it ({@code /api/v1/auth/totp/...}) or sign out until it is done.
 */
public record SessionResponse(
    String token,
    AgencyId agencyId,
    UserId userId,
    String agencyName,
    Instant expiresAt,
    Role role,
    String email,
    boolean twoFactorEnrollmentRequired) {

  @Override
  public String toString() {
    // Never let the bearer token reach a log line through toString.
    return "SessionResponse[agencyId=%s, userId=%s, agencyName=%s, role=%s, expiresAt=%s]"
        .formatted(agencyId, userId, agencyName, role, expiresAt);
  }
}
