package io.autoposter.model.sync;

import java.util.Objects;

/**
 * The server's answer for one mutation. {@code reasonCode} and {@code message} are empty unless the
 * mutation was rejected.
 */
public record MutationResult(
    long mutationId, MutationOutcome outcome, String reasonCode, String message) {

  public MutationResult {
    Objects.requireNonNull(outcome, "outcome");
    reasonCode = reasonCode == null ? "" : reasonCode;
    message = message == null ? "" : message;
  }

  public static MutationResult applied(long mutationId) {
    return new MutationResult(mutationId, MutationOutcome.APPLIED, "", "");
  }

  public static MutationResult duplicate(long mutationId) {
    return new MutationResult(mutationId, MutationOutcome.DUPLICATE, "", "");
  }

  public static MutationResult rejected(long mutationId, String reasonCode, String message) {
    return new MutationResult(mutationId, MutationOutcome.REJECTED, reasonCode, message);
  }
}
