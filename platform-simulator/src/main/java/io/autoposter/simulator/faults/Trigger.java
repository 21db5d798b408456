package io.autoposter.simulator.faults;

/**
 * When a fault fires: on the next {@code times} matching requests, or on each with probability
 * {@code rate}, or always.
 */
public record Trigger(int times, double rate) {
  public Trigger {
    if (times < 0 || rate < 0 || rate > 1) {
      throw new IllegalArgumentException("times >= 0 and 0 <= rate <= 1");
    }
  }

  public static Trigger always() {
    return new Trigger(0, 1.0);
  }

  public static Trigger next(int times) {
    if (times < 1) {
      throw new IllegalArgumentException("next needs at least 1");
    }
    return new Trigger(times, 0);
  }

  public static Trigger rate(double rate) {
    return new Trigger(0, rate);
  }

  boolean counted() {
    return times > 0;
  }
}
