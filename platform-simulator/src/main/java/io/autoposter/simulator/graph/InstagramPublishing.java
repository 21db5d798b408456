package io.autoposter.simulator.graph;

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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Instagram content publishing: containers, their status, {@code media_publish}, the quota. */
final class InstagramPublishing {
  static final int CAPTION_MAX = 2_200;
  static final String NO_PERMISSION = "Application does not have permission for this action";
  private static final Duration QUOTA_WINDOW = Duration.ofHours(24);

  private final GraphContext graph;
  private final InstagramMedia reads;

  InstagramPublishing(GraphContext graph) {
    this.graph = graph;
    this.reads = new InstagramMedia(graph);
  }

  /** True when the token may publish for the account, else the error has been sent. */
  boolean mayPublish(IssuedToken token, Seed.InstagramAccount account, ServerResponse response) {
    String page = graph.seed().pageOfInstagram(account.id()).orElseThrow().id();
    if (!graph.actsFor(token, page)) {
      GraphErrors.unknownObject(response, account.id());
      return false;
    }
    return graph.requireScopes(
        token, response, 10, NO_PERMISSION, "instagram_basic", "instagram_content_publish");
  }

  /** {@code POST /{ig-user-id}/media}: a container for an image, a reel or a carousel. */
  void create(
      IssuedToken token, Seed.InstagramAccount account, Params params, ServerResponse response) {
    if (!mayPublish(token, account, response)
        || graph.refused(SimulatedNetwork.INSTAGRAM, account.id(), response)) {
      return;
    }
    boolean item = params.getOr("is_carousel_item", "false").equals("true");
    String type = params.getOr("media_type", "IMAGE");
    String caption = params.getOr("caption", "");
    List<String> children =
        Arrays.stream(params.getOr("children", "").split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
    String problem =
        switch (type) {
          case "IMAGE" -> params.has("image_url") ? null : "The parameter image_url is required.";
          case "REELS" -> params.has("video_url") ? null : "The parameter video_url is required.";
          // Carousel children still say VIDEO for a video; a post on its own is a Reel.
          case "VIDEO" ->
              !item
                  ? "The VIDEO media type is no longer supported; use REELS."
                  : params.has("video_url") ? null : "The parameter video_url is required.";
          case "CAROUSEL" -> carouselProblem(account, children);
          default -> "Unsupported media_type " + type + ".";
        };
    if (problem == null && caption.codePointCount(0, caption.length()) > CAPTION_MAX) {
      problem = "The caption is longer than 2,200 characters.";
    }
    if (problem != null) {
      GraphErrors.invalidParameter(response, problem);
      return;
    }
    Container container =
        new Container(
            graph.ids().graph(),
            account.id(),
            type,
            params.get("image_url"),
            params.get("video_url"),
            caption,
            params.get("alt_text"),
            children,
            item,
            graph.published().now(),
            graph.conditions().containerPlan(account.id()),
            0,
            Optional.empty());
    graph.containers().add(container);
    Json.ok(response, Json.object().put("id", container.id()));
  }

  private String carouselProblem(Seed.InstagramAccount account, List<String> children) {
    if (children.size() < 2 || children.size() > 10) {
      return "A carousel needs 2 to 10 children.";
    }
    for (String child : children) {
      Optional<Container> found = graph.containers().find(child);
      if (found.isEmpty()
          || !found.get().carouselItem()
          || !found.get().igUserId().equals(account.id())) {
        return "Child " + child + " is not a carousel item container of this account.";
      }
    }
    return null;
  }

  /** {@code GET /{container-id}?fields=status_code,status,id}: each read is a poll. */
  void status(Container container, Params params, ServerResponse response) {
    Container before = graph.containers().poll(container.id()).orElse(container);
    Instant now = graph.published().now();
    ObjectNode node = Json.object();
    for (String field : Fields.of(params, "fields", "id")) {
      switch (field) {
        case "status_code" -> node.put("status_code", before.statusCode(now));
        case "status" -> node.put("status", before.status(now));
        case "id" -> node.put("id", before.id());
        default -> {}
      }
    }
    node.put("id", before.id());
    Json.ok(response, node);
  }

  /** {@code POST /{ig-user-id}/media_publish?creation_id=...}. */
  void publish(
      IssuedToken token, Seed.InstagramAccount account, Params params, ServerResponse response) {
    if (!mayPublish(token, account, response)) {
      return;
    }
    Optional<Container> found = params.get("creation_id").flatMap(graph.containers()::find);
    if (found.isEmpty() || !found.get().igUserId().equals(account.id())) {
      GraphErrors.invalidParameter(
          response,
          "The parameter creation_id is required and must be a" + " container of this account.");
      return;
    }
    if (graph.refused(SimulatedNetwork.INSTAGRAM, account.id(), response)) {
      return;
    }
    Instant now = graph.published().now();
    if (used(account.id(), now) >= graph.conditions().instagramQuota(account.id())) {
      GraphErrors.send(response, 400, 9, 2207042, "Application request limit reached");
      return;
    }
    Container container = found.get();
    String mediaId = graph.ids().graph();
    Optional<Container> published = graph.containers().publish(container.id(), mediaId, now);
    if (published.isEmpty()) {
      notReady(response, graph.containers().find(container.id()).orElse(container).statusCode(now));
      return;
    }
    graph
        .published()
        .add(
            SimulatedNetwork.INSTAGRAM,
            account.id(),
            mediaId,
            kind(container),
            container.caption(),
            Optional.empty(),
            mediaOf(container),
            Optional.empty(),
            now,
            graph.permalink(mediaId));
    graph.gate().afterCommit(SimulatedNetwork.INSTAGRAM, account.id());
    Json.ok(response, Json.object().put("id", mediaId));
  }

  private static void notReady(ServerResponse response, String status) {
    switch (status) {
      case "PUBLISHED" ->
          GraphErrors.send(response, 400, 9007, 2207008, "The media has already been published.");
      case "EXPIRED" ->
          GraphErrors.send(
              response,
              400,
              -2,
              2207020,
              "The media you are trying to access has" + " expired. Please try to upload again.");
      case "ERROR" ->
          GraphErrors.send(
              response, 400, 9004, 2207052, "The media could not be fetched from" + " this URI.");
      default ->
          GraphErrors.send(
              response,
              400,
              9007,
              2207027,
              "Media ID is not available: the media is"
                  + " not ready for publishing, please wait for a moment.");
    }
  }

  /** {@code GET /{ig-user-id}/content_publishing_limit}: posts in the last 24 h and the quota. */
  void limit(IssuedToken token, Seed.InstagramAccount account, ServerResponse response) {
    if (!reads.mayRead(token, account, response)) {
      return;
    }
    ObjectNode entry =
        Json.object().put("quota_usage", used(account.id(), graph.published().now()));
    entry
        .putObject("config")
        .put("quota_total", graph.conditions().instagramQuota(account.id()))
        .put("quota_duration", QUOTA_WINDOW.toSeconds());
    ObjectNode body = Json.object();
    body.putArray("data").add(entry);
    Json.ok(response, body);
  }

  private int used(String account, Instant now) {
    Instant since = now.minus(QUOTA_WINDOW);
    return graph
        .published()
        .select(
            i ->
                i.network() == SimulatedNetwork.INSTAGRAM
                    && i.account().equals(account)
                    && !i.isComment()
                    && i.createdAt().isAfter(since))
        .size();
  }

  private static PublishedItem.Kind kind(Container container) {
    return switch (container.mediaType()) {
      case "CAROUSEL" -> PublishedItem.Kind.INSTAGRAM_CAROUSEL;
      case "REELS" -> PublishedItem.Kind.INSTAGRAM_REEL;
      default -> PublishedItem.Kind.INSTAGRAM_IMAGE;
    };
  }

  private List<String> mediaOf(Container container) {
    List<String> media = new ArrayList<>();
    container.imageUrl().ifPresent(media::add);
    container.videoUrl().ifPresent(media::add);
    for (String child : container.children()) {
      graph
          .containers()
          .find(child)
          .ifPresent(
              c -> {
                c.imageUrl().ifPresent(media::add);
                c.videoUrl().ifPresent(media::add);
              });
    }
    return media;
  }
}
