package io.autoposter.model.sync;

/** What the server did with one pushed mutation. */
public enum MutationOutcome {
  /** Applied and written to the change log. */
  APPLIED,
  /** Refused for a reason the client should show; it still counts as processed. */
  REJECTED,
  /** Already processed in an earlier push; nothing changed. */
  DUPLICATE
}
