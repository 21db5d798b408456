package io.autoposter.model.sync;

/** Why the server opened a conflict instead of merging. */
public enum ConflictKind {
  /** Two clients changed the same text field (caption, first comment, a variant) concurrently. */
  TEXT,
  /**
   * One client deleted the post while another edited it; the post was kept until someone decides.
   */
  DELETE
}
