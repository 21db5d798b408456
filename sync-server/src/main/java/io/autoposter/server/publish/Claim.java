package io.autoposter.server.publish;

import java.util.UUID;

/**
 * A target this worker holds: CLAIMED (to publish) or RECONCILING (to find out), under {@code
 * fence}. Every write the worker makes names that fence, and finds no row once it is stale.
 */
record Claim(UUID target, TargetState state, long fence) {
  Claim {
    if (state != TargetState.CLAIMED && state != TargetState.RECONCILING) {
      throw new IllegalArgumentException("a claim is CLAIMED or RECONCILING, not " + state);
    }
  }
}
