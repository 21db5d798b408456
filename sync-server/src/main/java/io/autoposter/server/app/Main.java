package io.autoposter.server.app;

import io.autoposter.server.api.ProblemResponses;
import io.autoposter.server.api.RequestBodyLimit;
import io.autoposter.server.api.Routes;
import io.helidon.config.Config;
import io.helidon.logging.common.LogConfig;
import io.helidon.webserver.http.HttpRouting;
import java.util.List;
import java.util.logging.Logger;

/** Runs the server from the command line until the process is stopped. */
public final class Main {
  private static final Logger LOG = Logger.getLogger(Main.class.getName());

  private Main() {}

  /**
   * Starts the server; {@code vault <command>} instead runs one token vault command (key rotation,
   * status) with the server's settings and exits: see docs/token-vault.md.
   */
  public static void main(String[] args) {
    LogConfig.configureRuntime();
    if (args.length > 0 && args[0].equals("vault")) {
      System.exit(
          VaultCli.run(
              List.of(args).subList(1, args.length), Config.create(), System.out, System.err));
    }
    // Config.create(): application.yaml, overridden by system properties and environment variables.
    AutoposterServer server = AutoposterServer.start(Config.create());
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "autoposter-shutdown"));
    LOG.info(() -> "Autoposter sync server listening on " + server.uri());
  }

  /**
   * Mounts every endpoint, recording each route in {@code routes}; tests reuse this to get exactly
   * the production routes.
   */
  public static void routing(HttpRouting.Builder routing, Endpoints endpoints, Routes routes) {
    ProblemResponses.registerErrorHandlers(routing);
    routing.addFilter(
        new RequestBodyLimit(
            AutoposterServer.MAX_PAYLOAD_BYTES, "/api/v1/media/", "/api/v1/posts/upload-image"));
    routes
        .mount(routing, "/api/v1/status", endpoints.status())
        .mount(routing, "/api/v1/tenants", endpoints.tenants())
        .mount(routing, "/api/v1/auth/totp", endpoints.twoFactor())
        .mount(routing, "/api/v1/auth", endpoints.auth())
        .mount(routing, "/api/v1/sessions", endpoints.sessions())
        .mount(routing, "/api/v1/users", endpoints.users())
        .mount(routing, "/api/v1/invitations", endpoints.invitations())
        .mount(routing, "/api/v1/clients", endpoints.brands())
        .mount(routing, "/api/v1/accounts", endpoints.accounts())
        .mount(routing, "/api/v1/sync", endpoints.sync())
        .mount(routing, "/api/v1/posts", endpoints.posts())
        .mount(routing, "/api/v1/queue", endpoints.queue())
        .mount(routing, "/api/v1/media", endpoints.media())
        .mount(routing, "/api/v1/sandbox", endpoints.sandbox())
        .mount(routing, "/api/v1/audit", endpoints.audit())
        .mount(routing, "/api/v1/openapi.yaml", endpoints.openApi())
        .mount(routing, "/invitations", endpoints.invitationPage())
        .mount(routing, "/password-reset", endpoints.passwordResetPage())
        .mount(routing, "/oauth", endpoints.oauthPages())
        .mount(routing, "/operator", endpoints.operator())
        .mount(routing, "/media/public", endpoints.publicMedia());
    ProblemResponses.registerNotFound(routing);
  }
}
