package io.autoposter.server.auth;

import io.autoposter.model.AgencyId;
import io.autoposter.model.Role;
import io.autoposter.model.UserId;

/** A user row as sign-in and session opening need it. */
record UserRecord(
    UserId id,
    AgencyId agencyId,
    String agencyName,
    String email,
    Role role,
    String passwordHash,
    boolean totpEnabled,
    boolean agencyRequiresTwoFactor) {

  /** Owners and admins of an agency that requires two-factor must enrol before anything else. */
  boolean enrollmentRequired() {
    return agencyRequiresTwoFactor && role.managesTeam() && !totpEnabled;
  }

  @Override
  public String toString() {
    return "UserRecord[id=%s, agencyId=%s, role=%s]".formatted(id, agencyId, role);
  }
}
