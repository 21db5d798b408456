package io.autoposter.model;

/** Where a post is in its life. Only the server moves a post to PUBLISHING, PUBLISHED or FAILED. */
public enum PostStatus {
  DRAFT,
  SCHEDULED,
  PUBLISHING,
  PUBLISHED,
  FAILED,
  CANCELLED;

  /** Posts the server has taken over (or finished) can no longer be edited by a desktop. */
  public boolean isReadOnly() {
    return this == PUBLISHING || this == PUBLISHED;
  }
}
