package io.autoposter.model;

/**
 * What a member of an agency may do. Owners and admins always see every brand; editors, approvers
 * and viewers may be limited to chosen brands.
 */
public enum Role {
  /** Everything, including billing and the agency's settings. */
  OWNER,
  /** Team, brands and social accounts. */
  ADMIN,
  /** Compose and schedule posts. */
  EDITOR,
  /** Review and approve only; also the role of client reviewers. */
  APPROVER,
  /** Read only. */
  VIEWER;

  public boolean managesTeam() {
    return this == OWNER || this == ADMIN;
  }

  public boolean managesBrands() {
    return this == OWNER || this == ADMIN;
  }

  public boolean writesPosts() {
    return this == OWNER || this == ADMIN || this == EDITOR;
  }

  /** Owners and admins always have every brand; the others can be limited. */
  public boolean canBeLimitedToBrands() {
    return !managesTeam();
  }
}
