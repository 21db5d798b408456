package io.autoposter.simulator;

import io.helidon.logging.common.LogConfig;
import java.util.logging.Logger;

/**
 * Runs the simulator alone: {@code java -jar platform-simulator.jar [--port 8090] [--host
 * 127.0.0.1] [--public-url http://sim.local:8090] [--auto-approve]}.
 */
public final class Main {
  private static final Logger LOG = Logger.getLogger(Main.class.getName());

  private Main() {}

  public static void main(String[] args) {
    LogConfig.configureRuntime();
    PlatformSimulator simulator = PlatformSimulator.start(settings(args));
    Runtime.getRuntime().addShutdownHook(new Thread(simulator::stop, "simulator-shutdown"));
    LOG.info(
        () ->
            "Platform simulator listening on "
                + simulator.baseUri()
                + " (Graph "
                + simulator.graphUri()
                + "); control API at "
                + simulator.baseUri()
                + "/_sim");
  }

  /** Reads the command line; unknown options are refused with the usage line. */
  static SimulatorSettings settings(String[] args) {
    SimulatorSettings settings = SimulatorSettings.defaults(8090);
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      switch (option) {
        case "--port" -> settings = withPort(settings, Integer.parseInt(value(args, ++i, option)));
        case "--host" -> settings = settings.withHost(value(args, ++i, option));
        case "--public-url" -> settings = settings.withPublicUrl(value(args, ++i, option));
        case "--auto-approve" -> settings = settings.withAutoApprove(true);
        default ->
            throw new IllegalArgumentException(
                "unknown option "
                    + option
                    + "; usage: [--port N]"
                    + " [--host H] [--public-url URL] [--auto-approve]");
      }
    }
    return settings;
  }

  private static SimulatorSettings withPort(SimulatorSettings s, int port) {
    return new SimulatorSettings(
        s.host(), port, s.publicUrl(), s.clients(), s.seed(), s.autoApprove(), s.clock());
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[index];
  }
}
