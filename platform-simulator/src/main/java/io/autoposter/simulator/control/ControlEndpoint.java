package io.autoposter.simulator.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.autoposter.simulator.faults.ContainerPlan;
import io.autoposter.simulator.state.ClientCredentials;
import io.autoposter.simulator.state.IssuedToken;
import io.autoposter.simulator.state.PublishedItem;
import io.autoposter.simulator.state.PublishedLog;
import io.autoposter.simulator.state.SimulatedNetwork;
import io.autoposter.simulator.web.Json;
import io.autoposter.simulator.web.Params;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** {@code /_sim}: the JSON control API (see docs/simulator.md for every route). */
public final class ControlEndpoint implements HttpService {
  private final SimulatorParts sim;

  public ControlEndpoint(SimulatorParts sim) {
    this.sim = sim;
  }

  @Override
  public void routing(HttpRules rules) {
    rules
        .get("/", this::index)
        .get("/seed", (req, res) -> Json.ok(res, ControlJson.seed(sim.seed())))
        .get("/published", this::published)
        .get("/published/count", this::count)
        .post("/reset", this::reset)
        .get("/faults", this::faults)
        .post("/faults", this::addFault)
        .delete("/faults", this::clearFaults)
        .delete("/faults/{id}", this::removeFault)
        .get("/tokens", this::tokens)
        .post("/tokens/{action}", this::tokenAction)
        .get("/conditions", this::conditions)
        .post("/conditions/{name}", this::setCondition)
        .get("/posts/{id}", new PostPage(sim.published())::show);
  }

  private void index(ServerRequest request, ServerResponse response) {
    ObjectNode body = Json.object().put("simulator", "Autoposter platform simulator");
    body.put("baseUrl", sim.publicUrl().get());
    ObjectNode clients = body.putObject("clients");
    for (Map.Entry<SimulatedNetwork, ClientCredentials> client : sim.clients().entrySet()) {
      clients
          .putObject(client.getKey().key())
          .put("clientId", client.getValue().clientId())
          .put("clientSecret", client.getValue().clientSecret());
    }
    body.set("seed", ControlJson.seed(sim.seed()));
    body.put("docs", "docs/simulator.md");
    Json.ok(response, body);
  }

  private void published(ServerRequest request, ServerResponse response) {
    ArrayNode items = Json.array();
    sim.published().select(filter(Params.of(request))).forEach(i -> items.add(ControlJson.item(i)));
    ObjectNode body = Json.object().put("count", items.size());
    body.set("items", items);
    Json.ok(response, body);
  }

  private void count(ServerRequest request, ServerResponse response) {
    Params params = Params.of(request);
    Predicate<PublishedItem> filter = filter(params);
    if (!params.getOr("comments", "false").equals("true")) {
      filter = filter.and(i -> !i.isComment());
    }
    Json.ok(response, Json.object().put("count", sim.published().select(filter).size()));
  }

  /** Filters: network, account, fingerprint, text (exact after whitespace collapsing), kind. */
  private static Predicate<PublishedItem> filter(Params params) {
    Predicate<PublishedItem> filter = i -> true;
    Optional<SimulatedNetwork> network = params.get("network").map(SimulatedNetwork::parse);
    if (network.isPresent()) {
      filter = filter.and(i -> i.network() == network.get());
    }
    Optional<String> account = params.get("account");
    if (account.isPresent()) {
      filter = filter.and(i -> i.account().equals(account.get()));
    }
    Optional<String> fingerprint =
        params.get("fingerprint").or(() -> params.get("text").map(PublishedLog::fingerprint));
    if (fingerprint.isPresent()) {
      filter = filter.and(i -> i.fingerprint().equals(fingerprint.get()));
    }
    Optional<String> kind = params.get("kind").map(k -> k.toUpperCase(Locale.ROOT));
    if (kind.isPresent()) {
      filter = filter.and(i -> i.kind().name().equals(kind.get()));
    }
    return filter;
  }

  private void reset(ServerRequest request, ServerResponse response) {
    sim.reset().run();
    Json.ok(response, Json.object().put("reset", true));
  }

  private void faults(ServerRequest request, ServerResponse response) {
    ArrayNode rules = Json.array();
    sim.faults().list().forEach(r -> rules.add(ControlJson.rule(r)));
    ObjectNode body = Json.object();
    body.set("faults", rules);
    Json.ok(response, body);
  }

  private void addFault(ServerRequest request, ServerResponse response) {
    FaultRequest fault = FaultRequest.parse(Params.of(request).json());
    String id = sim.faults().add(fault.fault(), fault.scope(), fault.trigger());
    Json.send(response, 201, Json.object().put("id", id));
  }

  private void clearFaults(ServerRequest request, ServerResponse response) {
    sim.faults().clear();
    Json.ok(response, Json.object().put("cleared", true));
  }

  private void removeFault(ServerRequest request, ServerResponse response) {
    boolean removed = sim.faults().remove(request.path().pathParameters().get("id"));
    Json.send(response, removed ? 200 : 404, Json.object().put("removed", removed));
  }

  private void tokens(ServerRequest request, ServerResponse response) {
    Optional<SimulatedNetwork> network =
        Params.of(request).get("network").map(SimulatedNetwork::parse);
    ArrayNode tokens = Json.array();
    sim.tokens().all().stream()
        .filter(t -> network.map(n -> n == t.network()).orElse(true))
        .forEach(t -> tokens.add(ControlJson.token(t, sim.tokens().now())));
    ObjectNode body = Json.object();
    body.set("tokens", tokens);
    Json.ok(response, body);
  }

  /** expire | revoke | shorten {"seconds", "kind"?} | drop-scope {"scope"}. */
  private void tokenAction(ServerRequest request, ServerResponse response) {
    JsonNode body = Params.of(request).json();
    SimulatedNetwork network =
        SimulatedNetwork.parse(
            FaultRequest.text(body, "network")
                .orElseThrow(() -> new IllegalArgumentException("\"network\" is required")));
    String who = FaultRequest.text(body, "account").orElse(null);
    int changed =
        switch (request.path().pathParameters().get("action")) {
          case "expire" -> sim.tokens().expire(network, who);
          case "revoke" -> sim.tokens().revoke(network, who);
          case "shorten" ->
              sim.tokens()
                  .shorten(
                      network,
                      who,
                      kind(body),
                      Duration.ofSeconds(body.path("seconds").asLong(60)));
          case "drop-scope" ->
              sim.tokens()
                  .dropScope(
                      network,
                      who,
                      FaultRequest.text(body, "scope")
                          .orElseThrow(
                              () -> new IllegalArgumentException("\"scope\" is required")));
          default -> throw new IllegalArgumentException("unknown token action");
        };
    Json.ok(response, Json.object().put("changed", changed));
  }

  private static IssuedToken.Kind kind(JsonNode body) {
    return switch (FaultRequest.text(body, "kind").orElse("access")) {
      case "refresh" -> IssuedToken.Kind.REFRESH;
      case "all" -> null;
      default -> IssuedToken.Kind.ACCESS;
    };
  }

  private void conditions(ServerRequest request, ServerResponse response) {
    ObjectNode body = Json.object().put("autoApprove", sim.conditions().autoApprove());
    ObjectNode withheld = body.putObject("withheld");
    for (SimulatedNetwork network : SimulatedNetwork.values()) {
      sim.conditions().withheld(network).forEach(withheld.withArray(network.key())::add);
    }
    ContainerPlan plan = sim.conditions().containerPlan(null);
    body.putObject("instagramContainers")
        .put("outcome", plan.outcome().name())
        .put("pollsInProgress", plan.pollsInProgress());
    body.put("instagramQuota", sim.conditions().instagramQuota(null));
    Json.ok(response, body);
  }

  /**
   * auto-approve {"enabled"} | withhold {"network","permission"} | instagram-containers |
   * instagram-quota.
   */
  private void setCondition(ServerRequest request, ServerResponse response) {
    JsonNode body = Params.of(request).json();
    String account = FaultRequest.text(body, "account").orElse(null);
    switch (request.path().pathParameters().get("name")) {
      case "auto-approve" -> sim.conditions().autoApprove(body.path("enabled").asBoolean(true));
      case "withhold" ->
          sim.conditions()
              .withhold(
                  SimulatedNetwork.parse(body.path("network").asText("facebook")),
                  FaultRequest.text(body, "permission")
                      .orElseThrow(
                          () -> new IllegalArgumentException("\"permission\" is required")));
      case "instagram-containers" ->
          sim.conditions()
              .containerPlan(
                  account,
                  new ContainerPlan(
                      ContainerPlan.Outcome.valueOf(
                          body.path("outcome").asText("FINISHED").toUpperCase(Locale.ROOT)),
                      body.path("pollsInProgress").asInt(1)));
      case "instagram-quota" ->
          sim.conditions().instagramQuota(account, body.path("total").asInt());
      default -> throw new IllegalArgumentException("unknown condition");
    }
    conditions(request, response);
  }
}
