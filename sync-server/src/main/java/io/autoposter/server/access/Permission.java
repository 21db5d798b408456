package io.autoposter.server.access;

import io.autoposter.model.Role;

/** What a route demands of its caller, checked centrally by {@link Access#require}. */
public enum Permission {
  /**
   * Any live session, even one that still has to enrol two-factor (sign-out, TOTP enrolment, {@code
   * GET /users/me}).
   */
  SESSION,
  /** Any member of the agency with a fully usable session. */
  MEMBER,
  /** Owners and admins: team, brands, social accounts, audit log. */
  MANAGE,
  /** Owners only: agency settings. */
  OWNER;

  boolean allows(Role role) {
    return switch (this) {
      case SESSION, MEMBER -> true;
      case MANAGE -> role.managesTeam();
      case OWNER -> role == Role.OWNER;
    };
  }
}
