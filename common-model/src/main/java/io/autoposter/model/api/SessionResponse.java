package io.autoposter.model.api;

import io.autoposter.model.AgencyId;
import io.autoposter.model.UserId;
import java.time.Instant;

/** A signed-in session: send {@code token} as {@code Authorization: Bearer <token>}. */
public record SessionResponse(
    String token, AgencyId agencyId, UserId userId, String agencyName, Instant expiresAt) {

  @Override
  public String toString() {
    // Never let the bearer token reach a log line through toString.
    return "SessionResponse[agencyId=%s, userId=%s, agencyName=%s, expiresAt=%s]"
        .formatted(agencyId, userId, agencyName, expiresAt);
  }
}
