package io.autoposter.simulator.graph;

import io.autoposter.simulator.consent.Consents;
import io.autoposter.simulator.faults.Conditions;
import io.autoposter.simulator.state.AuthorizationCodes;
import io.autoposter.simulator.state.ClientCredentials;
import io.autoposter.simulator.state.IdSequence;
import io.autoposter.simulator.state.PublishedLog;
import io.autoposter.simulator.state.Seed;
import io.autoposter.simulator.state.Tokens;
import io.autoposter.simulator.web.Gate;
import io.helidon.webserver.http.HttpRouting;
import java.util.function.Supplier;

/** The Graph API front door; registered last because it claims every {@code /v*.*} path. */
public final class GraphApi {
  /** The version the docs and examples use; any {@code v<major>.<minor>} is accepted. */
  public static final String VERSION = "v21.0";

  private final GraphRouter router;

  public GraphApi(
      Seed seed,
      Tokens tokens,
      AuthorizationCodes codes,
      Consents consents,
      PublishedLog published,
      Containers containers,
      Conditions conditions,
      Gate gate,
      IdSequence ids,
      ClientCredentials client,
      Supplier<String> publicUrl) {
    this.router =
        new GraphRouter(
            new GraphContext(
                seed,
                tokens,
                codes,
                consents,
                published,
                containers,
                conditions,
                gate,
                ids,
                client,
                publicUrl));
  }

  public void register(HttpRouting.Builder routing) {
    routing.any("/*", router);
  }
}
