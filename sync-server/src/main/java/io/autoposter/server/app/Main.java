package io.autoposter.server.app;

import io.autoposter.server.api.ProblemResponses;
import io.helidon.config.Config;
import io.helidon.logging.common.LogConfig;
import io.helidon.webserver.http.HttpRouting;
import java.util.logging.Logger;

/** Runs the server from the command line until the process is stopped. */
public final class Main {
  private static final Logger LOG = Logger.getLogger(Main.class.getName());

  private Main() {}

  public static void main(String[] args) {
    LogConfig.configureRuntime();
    // Config.create(): application.yaml, overridden by system properties and environment variables.
    AutoposterServer server = AutoposterServer.start(Config.create());
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "autoposter-shutdown"));
    LOG.info(() -> "Autoposter sync server listening on " + server.uri());
  }

  /** Mounts every endpoint; tests reuse this to get exactly the production routes. */
  public static void routing(HttpRouting.Builder routing, Endpoints endpoints) {
    ProblemResponses.registerErrorHandlers(routing);
    routing
        .register("/api/v1/status", endpoints.status())
        .register("/api/v1/tenants", endpoints.tenants())
        .register("/api/v1/auth", endpoints.auth())
        .register("/api/v1/clients", endpoints.brands())
        .register("/api/v1/accounts", endpoints.accounts())
        .register("/api/v1/sync", endpoints.sync())
        .register("/api/v1/sandbox", endpoints.sandbox());
    ProblemResponses.registerNotFound(routing);
  }
}
