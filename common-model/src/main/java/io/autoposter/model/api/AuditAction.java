package io.autoposter.model.api;

/**
 * The stable action codes of the audit log ({@link AuditEntry#action()}). They are API: clients
 * filter on them, so a code is never renamed; new actions are added at the end.
 */
public enum AuditAction {
  SIGN_IN("Signed in"),
  SIGN_IN_FAILED("Failed sign-in"),
  SIGN_OUT("Signed out"),
  SESSION_REVOKED("Session revoked"),
  PASSWORD_RESET_REQUESTED("Password reset requested"),
  PASSWORD_RESET_COMPLETED("Password changed by reset"),
  TWO_FACTOR_ENABLED("Two-factor turned on"),
  TWO_FACTOR_DISABLED("Two-factor turned off"),
  INVITATION_CREATED("Member invited"),
  INVITATION_RESENT("Invitation resent"),
  INVITATION_REVOKED("Invitation revoked"),
  INVITATION_ACCEPTED("Invitation accepted"),
  MEMBER_UPDATED("Role or brand access changed"),
  MEMBER_REMOVED("Member removed"),
  BRAND_CREATED("Brand created"),
  BRAND_UPDATED("Brand changed"),
  BRAND_DELETED("Brand deleted"),
  BRAND_LOGO_CHANGED("Brand logo changed"),
  ACCOUNT_CONNECTED("Social account connected"),
  AGENCY_UPDATED("Agency settings changed"),
  AGENCY_CREATED("Agency created"),
  ACCOUNT_DISCONNECTED("Social account disconnected"),
  POST_PUBLISHED_BY_API("Post sent to publish now through the API"),
  POST_SCHEDULED_BY_API("Post scheduled through the API"),
  POST_CANCELLED_BY_API("Post cancelled through the API"),
  POST_DELETED_BY_API("Post deleted through the API"),
  POST_QUEUED_BY_API("Post added to the queue through the API"),
  POST_UNQUEUED_BY_API("Post taken out of the queue through the API"),
  POSTS_RETRIED_BY_API("Failed posts of an account retried through the API");

  private final String label;

  AuditAction(String label) {
    this.label = label;
  }

  /** What a person reads in the audit log, such as "Failed sign-in". */
  public String label() {
    return label;
  }
}
