package io.autoposter.server.auth;

import io.autoposter.model.AgencyId;
import io.autoposter.model.UserId;

/** A user row as sign-in needs it. */
record UserRecord(UserId id, AgencyId agencyId, String agencyName, String passwordHash) {
  @Override
  public String toString() {
    return "UserRecord[id=%s, agencyId=%s]".formatted(id, agencyId);
  }
}
