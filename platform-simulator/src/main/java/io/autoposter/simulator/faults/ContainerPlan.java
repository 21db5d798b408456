package io.autoposter.simulator.faults;

/**
 * How new Instagram containers progress: {@code pollsInProgress} status reads answer {@code
 * IN_PROGRESS}, then the container reaches {@code outcome}. {@code STUCK} never leaves {@code
 * IN_PROGRESS}.
 */
public record ContainerPlan(Outcome outcome, int pollsInProgress) {
  public enum Outcome {
    FINISHED,
    ERROR,
    EXPIRED,
    STUCK
  }

  public ContainerPlan {
    if (pollsInProgress < 0) {
      throw new IllegalArgumentException("pollsInProgress >= 0");
    }
  }

  /** The default: one {@code IN_PROGRESS} read, then {@code FINISHED}. */
  public static ContainerPlan normal() {
    return new ContainerPlan(Outcome.FINISHED, 1);
  }
}
