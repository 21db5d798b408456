package io.autoposter.simulator.graph;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.autoposter.simulator.state.IssuedToken;
import io.autoposter.simulator.state.PublishedItem;
import io.autoposter.simulator.state.SimulatedNetwork;
import io.autoposter.simulator.web.Json;
import io.autoposter.simulator.web.Params;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Comments (the first comment) and insights on Instagram media and Page posts. */
final class Engagement {
  private final GraphContext graph;

  Engagement(GraphContext graph) {
    this.graph = graph;
  }

  /** {@code POST /{media-or-post-id}/comments?message=...}. */
  void comment(IssuedToken token, PublishedItem parent, Params params, ServerResponse response) {
    boolean instagram = parent.network() == SimulatedNetwork.INSTAGRAM;
    if (!owns(token, parent, response)) {
      return;
    }
    String scope = instagram ? "instagram_manage_comments" : "pages_manage_engagement";
    if (!graph.requireScopes(
        token, response, 10, "Application does not have permission for this" + " action", scope)) {
      return;
    }
    Optional<String> message = params.get("message");
    if (message.isEmpty()) {
      GraphErrors.invalidParameter(response, "The parameter message is required.");
      return;
    }
    if (graph.refused(parent.network(), parent.account(), response)) {
      return;
    }
    String id = instagram ? graph.ids().graph() : parent.id() + "_" + graph.ids().graph();
    graph
        .published()
        .add(
            parent.network(),
            parent.account(),
            id,
            PublishedItem.Kind.COMMENT,
            message.get(),
            Optional.empty(),
            List.of(),
            Optional.of(parent.id()),
            graph.published().now(),
            graph.permalink(parent.id()));
    graph.gate().afterCommit(parent.network(), parent.account());
    Json.ok(response, Json.object().put("id", id));
  }

  /** {@code GET /{media-or-post-id}/comments}. */
  void comments(IssuedToken token, PublishedItem parent, ServerResponse response) {
    if (!owns(token, parent, response)) {
      return;
    }
    ArrayNode data = Json.array();
    for (PublishedItem comment : graph.published().comments(parent.id())) {
      ObjectNode node = data.addObject().put("id", comment.id());
      if (parent.network() == SimulatedNetwork.INSTAGRAM) {
        node.put("text", comment.text()).put("timestamp", GraphTime.format(comment.createdAt()));
      } else {
        node.put("message", comment.text())
            .put("created_time", GraphTime.format(comment.createdAt()));
      }
    }
    ObjectNode body = Json.object();
    body.set("data", data);
    Json.ok(response, body);
  }

  /** {@code GET /{media-or-post-id}/insights?metric=...}. */
  void insights(IssuedToken token, PublishedItem item, Params params, ServerResponse response) {
    boolean instagram = item.network() == SimulatedNetwork.INSTAGRAM;
    if (!owns(token, item, response)) {
      return;
    }
    String scope = instagram ? "instagram_manage_insights" : "read_insights";
    if (!graph.requireScopes(
        token, response, 10, "Application does not have permission for this" + " action", scope)) {
      return;
    }
    Set<String> known = instagram ? Insights.INSTAGRAM : Insights.FACEBOOK;
    Set<String> metrics =
        Fields.of(params, "metric", instagram ? "reach,likes,comments" : "post_impressions");
    for (String metric : metrics) {
      if (!known.contains(metric)) {
        GraphErrors.invalidParameter(
            response,
            "metric[0] must be one of the following values: "
                + String.join(", ", known.stream().sorted().toList()));
        return;
      }
    }
    if (graph.refused(item.network(), item.account(), response)) {
      return;
    }
    int comments = graph.published().comments(item.id()).size();
    Json.ok(response, Insights.answer(item, metrics, comments, graph.published().now()));
  }

  private boolean owns(IssuedToken token, PublishedItem item, ServerResponse response) {
    String page =
        item.network() == SimulatedNetwork.INSTAGRAM
            ? graph.seed().pageOfInstagram(item.account()).map(p -> p.id()).orElse("")
            : item.account();
    if (!graph.actsFor(token, page)) {
      GraphErrors.unknownObject(response, item.id());
      return false;
    }
    return true;
  }
}
