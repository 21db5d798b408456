package io.autoposter.desktop.workspace;

import io.autoposter.model.Network;

/** A live character count for one chosen network. */
public record NetworkCounter(Network network, int used, int limit) {

  public boolean exceeded() {
    return used > limit;
  }

  /** Within the last tenth of the limit. */
  public boolean nearLimit() {
    return !exceeded() && limit - used < limit / 10;
  }

  public String text() {
    return "%s %,d / %,d".formatted(network.displayName(), used, limit);
  }
}
