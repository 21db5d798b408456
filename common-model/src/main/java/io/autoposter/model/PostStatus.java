package io.autoposter.model;

/**
 * Where a post is in its life. Only the server moves a post to PUBLISHING, PUBLISHED, FAILED or
 * NEEDS_ATTENTION.
 */
public enum PostStatus {
  DRAFT,
  SCHEDULED,
  PUBLISHING,
  PUBLISHED,
  FAILED,
  CANCELLED,
  /** The server could not publish and a person must act (reconnect an account, fix media). */
  NEEDS_ATTENTION;

  /** Posts the server has taken over (or finished) can no longer be edited by a desktop. */
  public boolean isReadOnly() {
    return this == PUBLISHING || this == PUBLISHED;
  }

  /** Statuses only the server sets; a desktop may keep them but never move a post into them. */
  public boolean isServerOwned() {
    return this == PUBLISHING || this == PUBLISHED || this == FAILED || this == NEEDS_ATTENTION;
  }
}
