package io.autoposter.simulator.control;

import io.autoposter.simulator.faults.Conditions;
import io.autoposter.simulator.faults.Faults;
import io.autoposter.simulator.state.ClientCredentials;
import io.autoposter.simulator.state.PublishedLog;
import io.autoposter.simulator.state.Seed;
import io.autoposter.simulator.state.SimulatedNetwork;
import io.autoposter.simulator.state.Tokens;
import java.util.Map;
import java.util.function.Supplier;

/** What the control API reads and turns. {@code reset} puts the whole simulator back. */
public record SimulatorParts(
    PublishedLog published,
    Faults faults,
    Conditions conditions,
    Tokens tokens,
    Seed seed,
    Map<SimulatedNetwork, ClientCredentials> clients,
    Runnable reset,
    Supplier<String> publicUrl) {
  public SimulatorParts {
    clients = Map.copyOf(clients);
  }
}
