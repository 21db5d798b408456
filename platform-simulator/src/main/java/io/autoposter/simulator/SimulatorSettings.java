package io.autoposter.simulator;

import io.autoposter.simulator.state.ClientCredentials;
import io.autoposter.simulator.state.Seed;
import io.autoposter.simulator.state.SimulatedNetwork;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

/**
 * How to start a simulator. {@code publicUrl} (blank: {@code http://host:port}) is the base of the
 * links it hands out (upload URLs, permalinks). {@code clients} holds one registered app per
 * network; Instagram uses the Facebook app. {@code autoApprove} makes authorize URLs redirect at
 * once (tests), else they show a consent page (demo).
 */
public record SimulatorSettings(
    String host,
    int port,
    String publicUrl,
    Map<SimulatedNetwork, ClientCredentials> clients,
    Seed seed,
    boolean autoApprove,
    Clock clock) {

  /** The demo apps' credentials; tests may read them back from {@link #clients()}. */
  public static final ClientCredentials DEMO_FACEBOOK =
      new ClientCredentials("1234567890123456", "sim-facebook-app-secret");

  public static final ClientCredentials DEMO_LINKEDIN =
      new ClientCredentials("86simlinkedin", "sim-linkedin-client-secret");
  public static final ClientCredentials DEMO_X =
      new ClientCredentials("c2ltLXgtY2xpZW50OjE6Y2k", "sim-x-client-secret");

  public SimulatorSettings {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port 0-65535 (0 picks a free one)");
    }
    publicUrl = publicUrl == null ? "" : publicUrl.replaceAll("/+$", "");
    Map<SimulatedNetwork, ClientCredentials> all = new EnumMap<>(SimulatedNetwork.class);
    all.putAll(clients);
    all.putIfAbsent(SimulatedNetwork.FACEBOOK, DEMO_FACEBOOK);
    all.putIfAbsent(SimulatedNetwork.LINKEDIN, DEMO_LINKEDIN);
    all.putIfAbsent(SimulatedNetwork.X, DEMO_X);
    all.put(SimulatedNetwork.INSTAGRAM, all.get(SimulatedNetwork.FACEBOOK));
    clients = Map.copyOf(all);
  }

  /** Loopback, the given port, demo seed and clients, consent page shown. */
  public static SimulatorSettings defaults(int port) {
    return new SimulatorSettings(
        "127.0.0.1", port, "", Map.of(), Seed.demo(), false, Clock.systemUTC());
  }

  public SimulatorSettings withHost(String newHost) {
    return new SimulatorSettings(newHost, port, publicUrl, clients, seed, autoApprove, clock);
  }

  public SimulatorSettings withPublicUrl(String url) {
    return new SimulatorSettings(host, port, url, clients, seed, autoApprove, clock);
  }

  public SimulatorSettings withAutoApprove(boolean value) {
    return new SimulatorSettings(host, port, publicUrl, clients, seed, value, clock);
  }

  public SimulatorSettings withClient(SimulatedNetwork network, ClientCredentials client) {
    Map<SimulatedNetwork, ClientCredentials> changed = new EnumMap<>(clients);
    changed.put(
        network == SimulatedNetwork.INSTAGRAM ? SimulatedNetwork.FACEBOOK : network, client);
    changed.remove(SimulatedNetwork.INSTAGRAM);
    return new SimulatorSettings(host, port, publicUrl, changed, seed, autoApprove, clock);
  }

  public SimulatorSettings withClock(Clock newClock) {
    return new SimulatorSettings(host, port, publicUrl, clients, seed, autoApprove, newClock);
  }

  public ClientCredentials client(SimulatedNetwork network) {
    return clients.get(network);
  }
}
