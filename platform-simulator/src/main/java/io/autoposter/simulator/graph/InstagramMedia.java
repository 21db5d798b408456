package io.autoposter.simulator.graph;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.autoposter.simulator.state.IssuedToken;
import io.autoposter.simulator.state.PublishedItem;
import io.autoposter.simulator.state.Seed;
import io.autoposter.simulator.state.SimulatedNetwork;
import io.autoposter.simulator.web.Json;
import io.autoposter.simulator.web.Params;
import io.helidon.webserver.http.ServerResponse;
import java.util.Set;

/** Reading Instagram back: the account's published media and one media object's fields. */
final class InstagramMedia {
  private final GraphContext graph;

  InstagramMedia(GraphContext graph) {
    this.graph = graph;
  }

  boolean mayRead(IssuedToken token, Seed.InstagramAccount account, ServerResponse response) {
    String page = graph.seed().pageOfInstagram(account.id()).orElseThrow().id();
    if (!graph.actsFor(token, page)) {
      GraphErrors.unknownObject(response, account.id());
      return false;
    }
    return graph.requireScopes(
        token, response, 10, InstagramPublishing.NO_PERMISSION, "instagram_basic");
  }

  /** {@code GET /{ig-user-id}/media}: published media, newest first. */
  void media(
      IssuedToken token, Seed.InstagramAccount account, Params params, ServerResponse response) {
    if (!mayRead(token, account, response)
        || graph.refused(SimulatedNetwork.INSTAGRAM, account.id(), response)) {
      return;
    }
    Set<String> fields = Fields.of(params, "fields", "id");
    ArrayNode data = Json.array();
    graph.published().posts(SimulatedNetwork.INSTAGRAM, account.id()).stream()
        .limit(Fields.limit(params))
        .forEach(item -> data.add(mediaNode(item, fields, account)));
    ObjectNode body = Json.object();
    body.set("data", data);
    Json.ok(response, body);
  }

  ObjectNode mediaNode(PublishedItem item, Set<String> fields, Seed.InstagramAccount account) {
    ObjectNode node = Json.object();
    for (String field : fields) {
      switch (field) {
        case "id" -> node.put("id", item.id());
        case "caption" -> node.put("caption", item.text());
        case "media_type" ->
            node.put(
                "media_type",
                switch (item.kind()) {
                  case INSTAGRAM_CAROUSEL -> "CAROUSEL_ALBUM";
                  case INSTAGRAM_REEL -> "VIDEO";
                  default -> "IMAGE";
                });
        case "media_product_type" ->
            node.put(
                "media_product_type",
                item.kind() == PublishedItem.Kind.INSTAGRAM_REEL ? "REELS" : "FEED");
        case "media_url" ->
            item.media().stream().findFirst().ifPresent(u -> node.put("media_url", u));
        case "permalink" -> node.put("permalink", item.permalink());
        case "timestamp" -> node.put("timestamp", GraphTime.format(item.createdAt()));
        case "username" -> node.put("username", account.username());
        case "comments_count" ->
            node.put("comments_count", graph.published().comments(item.id()).size());
        case "like_count" ->
            node.put("like_count", Insights.value(item, "likes", 0, graph.published().now()));
        default -> {}
      }
    }
    return node;
  }
}
