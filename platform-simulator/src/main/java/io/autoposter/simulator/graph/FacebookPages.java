package io.autoposter.simulator.graph;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.autoposter.simulator.state.IssuedToken;
import io.autoposter.simulator.state.PublishedItem;
import io.autoposter.simulator.state.Seed;
import io.autoposter.simulator.state.SimulatedNetwork;
import io.autoposter.simulator.web.Json;
import io.autoposter.simulator.web.Params;
import io.helidon.webserver.http.ServerResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pages: discovery ({@code /me/accounts}, page fields), feed and photo posts, read-back. A photo
 * uploaded with {@code published=false} stays invisible until a feed post attaches it through
 * {@code attached_media[n]={"media_fbid":"…"}}, which is how Graph makes a post of several photos.
 */
final class FacebookPages {
  private static final int MAX_ATTACHED = 10;
  private static final String PUBLISH_DENIED =
      "If posting to a page, requires both pages_read_engagement and pages_manage_posts as an"
          + " admin with sufficient administrative permission";

  private final GraphContext graph;

  /** Unpublished photo id → the page it was uploaded to; attaching one consumes it. */
  private final Map<String, String> unpublishedPhotos = new ConcurrentHashMap<>();

  FacebookPages(GraphContext graph) {
    this.graph = graph;
  }

  /** {@code GET /me/accounts}: the pages the user manages, each with a page access token. */
  void accounts(IssuedToken user, Params params, ServerResponse response) {
    if (user.account().isPresent()) {
      GraphErrors.invalidParameter(response, "Tried accessing nonexisting field (accounts)");
      return;
    }
    if (!graph.requireScopes(
        user,
        response,
        10,
        "This endpoint requires the 'pages_show_list'" + " permission",
        "pages_show_list")) {
      return;
    }
    Set<String> fields =
        Fields.of(params, "fields", "access_token,category,category_list,name,id,tasks");
    ArrayNode data = Json.array();
    for (Seed.FacebookPage page : graph.seed().pages()) {
      data.add(page(page, fields, user));
    }
    ObjectNode body = Json.object();
    body.set("data", data);
    ObjectNode cursors = body.putObject("paging").putObject("cursors");
    cursors.put("before", "QVFIUmFmaXJzdA").put("after", "QVFIUmxhc3Q");
    Json.ok(response, body);
  }

  /** {@code GET /{page-id}}: {@code id,name} by default; {@code instagram_business_account}. */
  void page(IssuedToken token, Seed.FacebookPage page, Params params, ServerResponse response) {
    if (!graph.actsFor(token, page.id())) {
      GraphErrors.unknownObject(response, page.id());
      return;
    }
    Json.ok(response, page(page, Fields.of(params, "fields", "name,id"), token));
  }

  private ObjectNode page(Seed.FacebookPage page, Set<String> fields, IssuedToken token) {
    ObjectNode node = Json.object();
    for (String field : fields) {
      switch (field) {
        case "id" -> node.put("id", page.id());
        case "name" -> node.put("name", page.name());
        case "category" -> node.put("category", page.category());
        case "category_list" ->
            node.putArray("category_list")
                .addObject()
                .put("id", "2705")
                .put("name", page.category());
        case "tasks" ->
            node.putArray("tasks")
                .add("ADVERTISE")
                .add("ANALYZE")
                .add("CREATE_CONTENT")
                .add("MESSAGING")
                .add("MODERATE")
                .add("MANAGE");
        case "access_token" -> {
          if (token.account().isEmpty()) {
            node.put("access_token", pageToken(token, page.id()).value());
          }
        }
        case "instagram_business_account" ->
            page.instagram().ifPresent(ig -> node.putObject(field).put("id", ig.id()));
        case "link" -> node.put("link", graph.publicUrl().get() + "/_sim/pages/" + page.id());
        default -> {}
      }
    }
    return node;
  }

  /**
   * A page token: it never expires when made from a long-lived user token, else it lives as long as
   * the user token.
   */
  private IssuedToken pageToken(IssuedToken user, String pageId) {
    Instant now = graph.tokens().now();
    boolean longLived =
        user.expiresAt()
            .map(at -> Duration.between(user.issuedAt(), at).compareTo(Duration.ofDays(1)) > 0)
            .orElse(true);
    Duration lifetime = longLived ? null : Duration.between(now, user.expiresAt().orElseThrow());
    return graph
        .tokens()
        .issue(
            SimulatedNetwork.FACEBOOK,
            IssuedToken.Kind.ACCESS,
            user.clientId(),
            user.subject(),
            Optional.of(pageId),
            user.scopes(),
            user.declined(),
            lifetime);
  }

  /** {@code POST /{page-id}/feed} ({@code message}, {@code link}) and {@code /photos}. */
  void publish(
      IssuedToken token,
      Seed.FacebookPage page,
      boolean photo,
      Params params,
      ServerResponse response) {
    if (!token.account().map(page.id()::equals).orElse(false)) {
      GraphErrors.permission(response, 200, PUBLISH_DENIED);
      return;
    }
    if (!graph.requireScopes(
        token, response, 200, PUBLISH_DENIED, "pages_manage_posts", "pages_read_engagement")) {
      return;
    }
    Optional<String> text =
        photo ? params.get("caption").or(() -> params.get("message")) : params.get("message");
    Optional<String> link = params.get("link");
    Optional<String> url = params.get("url");
    if (photo && url.isEmpty() && params.file("source").isEmpty()) {
      GraphErrors.permission(response, 324, "Requires upload file");
      return;
    }
    if (!photo && text.isEmpty() && link.isEmpty() && !params.has("attached_media[0]")) {
      GraphErrors.invalidParameter(response, "Missing message or attachment");
      return;
    }
    Optional<List<String>> attached = photo ? Optional.of(List.of()) : attached(page, params);
    if (attached.isEmpty()) {
      GraphErrors.invalidParameter(
          response, "attached_media must name at most 10 unpublished photos of this page");
      return;
    }
    if (graph.refused(SimulatedNetwork.FACEBOOK, page.id(), response)) {
      return;
    }
    boolean unpublished = params.getOr("published", "true").equals("false");
    if (photo && unpublished && !params.has("scheduled_publish_time")) {
      String photoId = graph.ids().graph();
      unpublishedPhotos.put(photoId, page.id());
      Json.ok(response, Json.object().put("id", photoId));
      return;
    }
    attached.get().forEach(unpublishedPhotos::remove);
    Instant created = graph.published().now();
    if (params.getOr("published", "true").equals("false") && params.has("scheduled_publish_time")) {
      created = Instant.ofEpochSecond(Long.parseLong(params.get("scheduled_publish_time").get()));
    }
    String postId = page.id() + "_" + graph.ids().graph();
    graph
        .published()
        .add(
            SimulatedNetwork.FACEBOOK,
            page.id(),
            postId,
            photo ? PublishedItem.Kind.FACEBOOK_PHOTO : PublishedItem.Kind.FACEBOOK_POST,
            text.orElse(""),
            link,
            url.map(List::of).orElse(photo ? List.of("upload") : attached.get()),
            Optional.empty(),
            created,
            graph.permalink(postId));
    graph.gate().afterCommit(SimulatedNetwork.FACEBOOK, page.id());
    ObjectNode body = Json.object();
    if (photo) {
      body.put("id", graph.ids().graph()).put("post_id", postId);
    } else {
      body.put("id", postId);
    }
    Json.ok(response, body);
  }

  /**
   * The photo ids of {@code attached_media[0]}, {@code [1]}, …; empty when one is malformed, not an
   * unpublished photo of {@code page}, or there are more than ten.
   */
  private Optional<List<String>> attached(Seed.FacebookPage page, Params params) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; params.has("attached_media[" + i + "]"); i++) {
      String id;
      try {
        id =
            Json.MAPPER
                .readTree(params.get("attached_media[" + i + "]").get())
                .path("media_fbid")
                .asText("");
      } catch (JsonProcessingException e) {
        return Optional.empty();
      }
      if (!page.id().equals(unpublishedPhotos.get(id)) || ids.contains(id)) {
        return Optional.empty();
      }
      ids.add(id);
    }
    return ids.size() > MAX_ATTACHED ? Optional.empty() : Optional.of(ids);
  }

  /**
   * {@code GET /{page-id}/feed} or {@code /posts}: newest first, published ones only; {@code since}
   * (unix seconds) keeps posts created then or later, {@code limit} (at most 100) sizes the page,
   * and {@code paging.cursors.after} with {@code paging.next} lead to the next page while there is
   * one, as Graph's cursor paging does.
   */
  void feed(IssuedToken token, Seed.FacebookPage page, Params params, ServerResponse response) {
    if (!graph.actsFor(token, page.id())) {
      GraphErrors.unknownObject(response, page.id());
      return;
    }
    if (!graph.requireScopes(
        token,
        response,
        10,
        "This endpoint requires the" + " 'pages_read_engagement' permission",
        "pages_read_engagement")) {
      return;
    }
    if (graph.refused(SimulatedNetwork.FACEBOOK, page.id(), response)) {
      return;
    }
    Set<String> fields = Fields.of(params, "fields", "created_time,message,id");
    Instant now = graph.published().now();
    Instant since = params.get("since").map(FacebookPages::unixSeconds).orElse(Instant.EPOCH);
    int offset = params.get("after").map(FacebookPages::offset).orElse(0);
    int limit = Fields.limit(params);
    List<PublishedItem> matching =
        graph.published().posts(SimulatedNetwork.FACEBOOK, page.id()).stream()
            .filter(item -> !item.createdAt().isAfter(now))
            .filter(item -> !item.createdAt().isBefore(since))
            .toList();
    ArrayNode data = Json.array();
    matching.stream().skip(offset).limit(limit).forEach(item -> data.add(post(item, fields)));
    ObjectNode body = Json.object();
    body.set("data", data);
    int next = offset + data.size();
    if (next < matching.size()) {
      ObjectNode paging = body.putObject("paging");
      paging.putObject("cursors").put("after", Integer.toString(next));
      paging.put(
          "next",
          graph.publicUrl().get()
              + "/"
              + GraphApi.VERSION
              + "/"
              + page.id()
              + "/feed?limit="
              + limit
              + "&since="
              + since.getEpochSecond()
              + "&after="
              + next);
    }
    Json.ok(response, body);
  }

  private static Instant unixSeconds(String text) {
    try {
      return Instant.ofEpochSecond(Long.parseLong(text.strip()));
    } catch (NumberFormatException e) {
      return Instant.EPOCH;
    }
  }

  private static int offset(String cursor) {
    try {
      return Math.max(0, Integer.parseInt(cursor.strip()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  ObjectNode post(PublishedItem item, Set<String> fields) {
    ObjectNode node = Json.object();
    for (String field : fields) {
      switch (field) {
        case "id" -> node.put("id", item.id());
        case "message" -> {
          if (!item.text().isEmpty()) {
            node.put("message", item.text());
          }
        }
        case "created_time" -> node.put("created_time", GraphTime.format(item.createdAt()));
        case "permalink_url" -> node.put("permalink_url", item.permalink());
        case "link" -> item.link().ifPresent(l -> node.put("link", l));
        case "is_published" ->
            node.put("is_published", !item.createdAt().isAfter(graph.published().now()));
        default -> {}
      }
    }
    return node;
  }
}
