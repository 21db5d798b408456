package io.autoposter.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waits on a condition with a deadline (never a bare sleep). */
final class Await {
  private Await() {}

  static void until(Duration deadline, BooleanSupplier condition) {
    Instant end = Instant.now().plus(deadline);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(end)) {
        throw new AssertionError("condition not met within " + deadline);
      }
      Thread.onSpinWait();
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
