package io.autoposter.simulator;

import io.autoposter.simulator.consent.ConsentEndpoint;
import io.autoposter.simulator.consent.Consents;
import io.autoposter.simulator.control.ControlEndpoint;
import io.autoposter.simulator.control.SimulatorParts;
import io.autoposter.simulator.faults.Conditions;
import io.autoposter.simulator.faults.Faults;
import io.autoposter.simulator.graph.Containers;
import io.autoposter.simulator.graph.GraphApi;
import io.autoposter.simulator.linkedin.Images;
import io.autoposter.simulator.linkedin.LinkedInApi;
import io.autoposter.simulator.state.AuthorizationCodes;
import io.autoposter.simulator.state.ClientCredentials;
import io.autoposter.simulator.state.IdSequence;
import io.autoposter.simulator.state.PublishedLog;
import io.autoposter.simulator.state.Seed;
import io.autoposter.simulator.state.SimulatedNetwork;
import io.autoposter.simulator.state.Tokens;
import io.autoposter.simulator.web.Gate;
import io.autoposter.simulator.web.Json;
import io.autoposter.simulator.x.XApi;
import io.autoposter.simulator.x.XMedia;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import java.net.URI;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A running simulator. {@code start(0)} binds a free loopback port; {@link #port()} tells which.
 * Tests reach its state and knobs through {@link #published()}, {@link #faults()}, {@link
 * #conditions()} and {@link #tokens()}, and the seeded ids through {@link #seed()}.
 */
public final class PlatformSimulator implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(PlatformSimulator.class.getName());

  private final SimulatorSettings settings;
  private final Seed seed;
  private final Tokens tokens;
  private final AuthorizationCodes codes;
  private final PublishedLog published;
  private final Faults faults = new Faults();
  private final Conditions conditions;
  private final Consents consents;
  private final Containers containers = new Containers();
  private final Images images = new Images();
  private final XMedia xMedia = new XMedia();
  private final XApi xApi;
  private final IdSequence ids = new IdSequence();
  private final WebServer server;
  private volatile String boundUrl = "";

  private PlatformSimulator(SimulatorSettings settings) {
    this.settings = settings;
    this.seed = settings.seed();
    this.tokens = new Tokens(settings.clock(), seed);
    this.codes = new AuthorizationCodes(settings.clock());
    this.published = new PublishedLog(settings.clock());
    this.conditions = new Conditions(settings.autoApprove());
    this.consents = new Consents(codes, conditions);
    Supplier<String> publicUrl = this::publicUrl;
    Gate gate = new Gate(faults);
    GraphApi graph =
        new GraphApi(
            seed,
            tokens,
            codes,
            consents,
            published,
            containers,
            conditions,
            gate,
            ids,
            settings.client(SimulatedNetwork.FACEBOOK),
            publicUrl);
    LinkedInApi linkedIn =
        new LinkedInApi(
            seed,
            tokens,
            codes,
            consents,
            published,
            images,
            gate,
            ids,
            settings.client(SimulatedNetwork.LINKEDIN),
            publicUrl);
    this.xApi =
        new XApi(
            seed,
            tokens,
            codes,
            consents,
            published,
            xMedia,
            gate,
            ids,
            settings.client(SimulatedNetwork.X),
            publicUrl);
    SimulatorParts parts =
        new SimulatorParts(
            published,
            faults,
            conditions,
            tokens,
            seed,
            settings.clients(),
            this::reset,
            publicUrl);
    this.server =
        WebServer.builder()
            .host(settings.host())
            .port(settings.port())
            // A burst of thousands of held connections must queue, not be refused.
            .backlog(16_384)
            .shutdownHook(false)
            .routing(routing -> routing(routing, parts, graph, linkedIn))
            .build();
  }

  private void routing(
      HttpRouting.Builder routing, SimulatorParts parts, GraphApi graph, LinkedInApi linkedIn) {
    routing
        .error(
            IllegalArgumentException.class,
            (req, res, e) ->
                Json.send(
                    res,
                    400,
                    Json.object()
                        .put("error", "bad_request")
                        .put("message", String.valueOf(e.getMessage()))))
        .error(
            Exception.class,
            (req, res, e) -> {
              LOG.log(Level.WARNING, e, () -> "simulator failure in " + req.path().path());
              Json.send(
                  res,
                  500,
                  Json.object()
                      .put("error", "simulator_failure")
                      .put("message", String.valueOf(e.getMessage())));
            })
        .register("/_sim/consent", new ConsentEndpoint(consents))
        .register("/_sim", new ControlEndpoint(parts));
    linkedIn.register(routing);
    xApi.register(routing);
    graph.register(routing);
    routing.any(
        (req, res) ->
            Json.send(
                res,
                404,
                Json.object()
                    .put("error", "not_found")
                    .put(
                        "message",
                        "The simulator has no route "
                            + req.prologue().method().text()
                            + " "
                            + req.path().path())));
  }

  /** Starts on {@code port} (0: any free port) on loopback with the demo seed and clients. */
  public static PlatformSimulator start(int port) {
    return start(SimulatorSettings.defaults(port));
  }

  public static PlatformSimulator start(SimulatorSettings settings) {
    PlatformSimulator simulator = new PlatformSimulator(settings);
    simulator.server.start();
    String host = settings.host().equals("0.0.0.0") ? "localhost" : settings.host();
    host = host.contains(":") ? "[" + host + "]" : host;
    simulator.boundUrl = "http://" + host + ":" + simulator.server.port();
    return simulator;
  }

  /** The port actually bound. */
  public int port() {
    return server.port();
  }

  /** The base URL clients call, such as {@code http://127.0.0.1:41234}. */
  /**
   * The Autoposter server settings that point every platform at this simulator with its demo apps
   * ({@link SimulatorSettings#DEMO_FACEBOOK} …), for tests that start a server beside it.
   */
  public java.util.Map<String, String> autoposterServerSettings() {
    return java.util.Map.of(
        "autoposter.platforms.simulator-url", baseUri().toString(),
        "autoposter.platforms.facebook.client-id", SimulatorSettings.DEMO_FACEBOOK.clientId(),
        "autoposter.platforms.facebook.client-secret",
            SimulatorSettings.DEMO_FACEBOOK.clientSecret(),
        "autoposter.platforms.linkedin.client-id", SimulatorSettings.DEMO_LINKEDIN.clientId(),
        "autoposter.platforms.linkedin.client-secret",
            SimulatorSettings.DEMO_LINKEDIN.clientSecret(),
        "autoposter.platforms.x.client-id", SimulatorSettings.DEMO_X.clientId(),
        "autoposter.platforms.x.client-secret", SimulatorSettings.DEMO_X.clientSecret());
  }

  public URI baseUri() {
    return URI.create(boundUrl);
  }

  /**
   * The base of links the simulator hands out: the configured public URL, else {@link #baseUri}.
   */
  public String publicUrl() {
    return settings.publicUrl().isBlank() ? boundUrl : settings.publicUrl();
  }

  /** The Graph API base, such as {@code http://127.0.0.1:41234/v21.0}. */
  public URI graphUri() {
    return URI.create(boundUrl + "/" + GraphApi.VERSION);
  }

  public PublishedLog published() {
    return published;
  }

  public Faults faults() {
    return faults;
  }

  public Conditions conditions() {
    return conditions;
  }

  public Tokens tokens() {
    return tokens;
  }

  public Seed seed() {
    return seed;
  }

  /** The registered app of a network (Instagram: the Facebook app). */
  public ClientCredentials client(SimulatedNetwork network) {
    return settings.client(network);
  }

  /** Forgets everything published, issued and armed; seed and clients stay. */
  public void reset() {
    faults.clear();
    conditions.clear(settings.autoApprove());
    published.clear();
    tokens.clear();
    codes.clear();
    consents.clear();
    containers.clear();
    images.clear();
    xMedia.clear();
    xApi.clear();
  }

  /** Stops the server; idempotent. */
  public synchronized void stop() {
    if (server.isRunning()) {
      server.stop();
    }
  }

  @Override
  public void close() {
    stop();
  }
}
