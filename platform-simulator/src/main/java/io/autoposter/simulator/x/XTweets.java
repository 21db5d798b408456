package io.autoposter.simulator.x;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.autoposter.simulator.state.IssuedToken;
import io.autoposter.simulator.state.PublishedItem;
import io.autoposter.simulator.state.PublishedLog;
import io.autoposter.simulator.state.SimulatedNetwork;
import io.autoposter.simulator.web.Json;
import io.autoposter.simulator.web.Params;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code POST /2/tweets}, {@code GET /2/tweets/{id}}, {@code /2/users/me}, the timeline. */
final class XTweets {
  private final XContext x;

  XTweets(XContext x) {
    this.x = x;
  }

  void create(ServerRequest request, ServerResponse response) {
    Optional<IssuedToken> token =
        x.caller(request, response, "tweet.read", "tweet.write", "users.read");
    if (token.isEmpty()) {
      return;
    }
    String user = token.get().subject();
    Instant now = x.published().now();
    XErrors.rateHeaders(
        response,
        RateWindows.LIMIT,
        x.rateWindows().use(user, now),
        x.rateWindows().reset(user, now));
    if (x.gate().refuse(SimulatedNetwork.X, user, response, XContext.ERRORS)) {
      return;
    }
    JsonNode body = Params.of(request).json();
    String text = body.path("text").asText("");
    List<String> mediaIds = new ArrayList<>();
    body.path("media").path("media_ids").forEach(m -> mediaIds.add(m.asText()));
    if (text.isBlank() && mediaIds.isEmpty()) {
      XErrors.invalid(response, "The `text` field is required when no media is attached.");
      return;
    }
    if (mediaIds.size() > 4) {
      XErrors.invalid(response, "Tweets can have at most 4 media items.");
      return;
    }
    for (String id : mediaIds) {
      if (x.media()
          .find(id)
          .filter(m -> m.owner().equals(user) && m.state().equals("succeeded"))
          .isEmpty()) {
        XErrors.invalid(response, "Your media IDs are invalid.");
        return;
      }
    }
    Optional<String> replyTo =
        Optional.of(body.path("reply").path("in_reply_to_tweet_id").asText(""))
            .filter(s -> !s.isEmpty());
    if (replyTo.isPresent() && x.published().find(replyTo.get()).isEmpty()) {
      XErrors.forbidden(
          response,
          "You attempted to reply to a Tweet that is deleted or not visible" + " to you.");
      return;
    }
    if (isDuplicate(user, text)) {
      XErrors.forbidden(response, XErrors.DUPLICATE);
      return;
    }
    String id = x.ids().snowflake();
    x.published()
        .add(
            SimulatedNetwork.X,
            user,
            id,
            PublishedItem.Kind.TWEET,
            text,
            Optional.empty(),
            mediaIds,
            replyTo,
            now,
            x.publicUrl().get() + "/_sim/posts/" + id);
    x.gate().afterCommit(SimulatedNetwork.X, user);
    ObjectNode data = Json.object().put("id", id).put("text", text);
    data.putArray("edit_history_tweet_ids").add(id);
    ObjectNode answer = Json.object();
    answer.set("data", data);
    Json.send(response, 201, answer);
  }

  private boolean isDuplicate(String user, String text) {
    if (x.gate().forcedDuplicate(SimulatedNetwork.X, user)) {
      return true;
    }
    if (text.isBlank()) {
      return false;
    }
    String fingerprint = PublishedLog.fingerprint(text);
    return !x.published()
        .select(
            i ->
                i.network() == SimulatedNetwork.X
                    && i.account().equals(user)
                    && i.fingerprint().equals(fingerprint))
        .isEmpty();
  }

  void me(ServerRequest request, ServerResponse response) {
    Optional<IssuedToken> token = x.caller(request, response, "tweet.read", "users.read");
    if (token.isEmpty()
        || x.gate().refuse(SimulatedNetwork.X, token.get().subject(), response, XContext.ERRORS)) {
      return;
    }
    ObjectNode data = Json.object().put("id", x.seed().xUser().id());
    data.put("name", x.seed().xUser().name()).put("username", x.seed().xUser().username());
    ObjectNode body = Json.object();
    body.set("data", data);
    Json.ok(response, body);
  }

  /** {@code GET /2/users/{id}/tweets}: newest first, {@code max_results} 5–100. */
  void timeline(ServerRequest request, ServerResponse response) {
    Optional<IssuedToken> token = x.caller(request, response, "tweet.read", "users.read");
    String userId = request.path().pathParameters().get("id");
    if (token.isEmpty() || x.gate().refuse(SimulatedNetwork.X, userId, response, XContext.ERRORS)) {
      return;
    }
    if (!userId.equals(x.seed().xUser().id())) {
      notFound(response, "user", userId);
      return;
    }
    Params params = Params.of(request);
    int max = Math.max(5, Math.min(100, Integer.parseInt(params.getOr("max_results", "10"))));
    int skip = Integer.parseInt(params.getOr("pagination_token", "0"));
    List<PublishedItem> tweets = x.published().posts(SimulatedNetwork.X, userId);
    List<PublishedItem> page = tweets.stream().skip(skip).limit(max).toList();
    ObjectNode body = Json.object();
    ObjectNode meta = Json.object().put("result_count", page.size());
    if (!page.isEmpty()) {
      ArrayNode data = body.putArray("data");
      String fields = params.getOr("tweet.fields", "");
      page.forEach(t -> data.add(tweet(t, fields)));
      meta.put("newest_id", page.getFirst().id()).put("oldest_id", page.getLast().id());
      if (skip + max < tweets.size()) {
        meta.put("next_token", Integer.toString(skip + max));
      }
    }
    body.set("meta", meta);
    Json.ok(response, body);
  }

  void one(ServerRequest request, ServerResponse response) {
    Optional<IssuedToken> token = x.caller(request, response, "tweet.read", "users.read");
    if (token.isEmpty()) {
      return;
    }
    String id = request.path().pathParameters().get("id");
    Optional<PublishedItem> tweet =
        x.published().find(id).filter(i -> i.network() == SimulatedNetwork.X);
    if (tweet.isEmpty()) {
      notFound(response, "tweet", id);
      return;
    }
    ObjectNode body = Json.object();
    body.set("data", tweet(tweet.get(), Params.of(request).getOr("tweet.fields", "")));
    Json.ok(response, body);
  }

  private ObjectNode tweet(PublishedItem item, String fields) {
    ObjectNode node = Json.object().put("id", item.id()).put("text", item.text());
    node.putArray("edit_history_tweet_ids").add(item.id());
    List<String> wanted = List.of(fields.split(","));
    if (wanted.contains("created_at")) {
      node.put("created_at", item.createdAt().toString());
    }
    if (wanted.contains("author_id")) {
      node.put("author_id", item.account());
    }
    if (wanted.contains("conversation_id")) {
      node.put("conversation_id", conversation(item));
    }
    if (wanted.contains("attachments") && !item.media().isEmpty()) {
      ArrayNode keys = node.putObject("attachments").putArray("media_keys");
      item.media()
          .forEach(m -> keys.add(x.media().find(m).map(XMedia.Upload::key).orElse("3_" + m)));
    }
    if (wanted.contains("public_metrics")) {
      int seed = Math.floorMod(item.id().hashCode(), 500);
      long minutes =
          Math.max(
              0, java.time.Duration.between(item.createdAt(), x.published().now()).toMinutes());
      long impressions = 30 + seed + Math.min(minutes * 3, 9_000);
      node.putObject("public_metrics")
          .put("retweet_count", impressions / 150)
          .put("reply_count", impressions / 300)
          .put("like_count", impressions / 40)
          .put("quote_count", impressions / 900)
          .put("bookmark_count", impressions / 500)
          .put("impression_count", impressions);
    }
    return node;
  }

  private String conversation(PublishedItem item) {
    PublishedItem root = item;
    while (root.parentId().isPresent()) {
      Optional<PublishedItem> parent = x.published().find(root.parentId().get());
      if (parent.isEmpty()) {
        break;
      }
      root = parent.get();
    }
    return root.id();
  }

  /** X answers a missing resource with 200 and an {@code errors} list. */
  private static void notFound(ServerResponse response, String kind, String id) {
    ObjectNode body = Json.object();
    ObjectNode error = body.putArray("errors").addObject();
    error.put("value", id).put("detail", "Could not find " + kind + " with id: [" + id + "].");
    error.put("title", "Not Found Error").put("resource_type", kind).put("parameter", "id");
    error.put("type", "https://api.twitter.com/2/problems/resource-not-found");
    Json.ok(response, body);
  }
}
