package io.autoposter.simulator.faults;

import io.autoposter.simulator.state.SimulatedNetwork;
import java.util.Optional;

/**
 * Where a fault applies: every network, one network, or one account of a network (page id,
 * Instagram account id, LinkedIn author urn, X user id).
 */
public record FaultScope(Optional<SimulatedNetwork> network, Optional<String> account) {
  public static FaultScope everywhere() {
    return new FaultScope(Optional.empty(), Optional.empty());
  }

  public static FaultScope of(SimulatedNetwork network) {
    return new FaultScope(Optional.of(network), Optional.empty());
  }

  public static FaultScope of(SimulatedNetwork network, String account) {
    return new FaultScope(Optional.of(network), Optional.ofNullable(account));
  }

  /** True for a request to {@code network} on {@code account} (null when the route has none). */
  public boolean covers(SimulatedNetwork requestNetwork, String requestAccount) {
    return network.map(n -> n == requestNetwork).orElse(true)
        && account.map(a -> a.equals(requestAccount)).orElse(true);
  }
}
