package io.autoposter.simulator.graph;

import io.autoposter.simulator.state.IssuedToken;
import io.autoposter.simulator.state.PublishedItem;
import io.autoposter.simulator.state.Seed;
import io.autoposter.simulator.web.Json;
import io.autoposter.simulator.web.Params;
import io.helidon.http.Method;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code /{version}/{node}[/{edge}[/{item}]]} and hands the call to the right feature. Paths
 * that do not start with a Graph version ({@code v21.0}) pass on to later routes.
 */
final class GraphRouter implements Handler {
  private static final Pattern VERSION = Pattern.compile("v\\d+\\.\\d+");

  private final GraphContext graph;
  private final FacebookLogin login;
  private final FacebookPages pages;
  private final InstagramPublishing instagram;
  private final InstagramMedia instagramMedia;
  private final Engagement engagement;

  GraphRouter(GraphContext graph) {
    this.graph = graph;
    this.login = new FacebookLogin(graph);
    this.pages = new FacebookPages(graph);
    this.instagram = new InstagramPublishing(graph);
    this.instagramMedia = new InstagramMedia(graph);
    this.engagement = new Engagement(graph);
  }

  @Override
  public void handle(ServerRequest request, ServerResponse response) {
    String[] path = request.path().path().replaceAll("^/+|/+$", "").split("/");
    if (path.length < 2 || !VERSION.matcher(path[0]).matches()) {
      response.next();
      return;
    }
    Method method = request.prologue().method();
    Params params = Params.of(request);
    String node = path[1];
    String edge = path.length > 2 ? path[2] : "";
    if (node.equals("dialog") && edge.equals("oauth")) {
      login.authorize(params, response);
    } else if (node.equals("oauth") && edge.equals("access_token")) {
      login.accessToken(params, response);
    } else if (node.equals("debug_token")) {
      login.debugToken(request, params, response);
    } else {
      graph
          .caller(request, params, response)
          .ifPresent(token -> object(method, token, path, params, response));
    }
  }

  private void object(
      Method method, IssuedToken token, String[] path, Params params, ServerResponse response) {
    String id = path[1].equals("me") ? token.account().orElse(token.subject()) : path[1];
    String edge = path.length > 2 ? path[2] : "";
    boolean get = method == Method.GET;
    boolean post = method == Method.POST;
    if (id.equals(token.subject()) && token.account().isEmpty()) {
      user(method, token, edge, path, params, response);
      return;
    }
    Optional<Seed.FacebookPage> page = graph.seed().page(id);
    if (page.isPresent()) {
      switch (edge) {
        case "" -> pages.page(token, page.get(), params, response);
        case "feed", "photos" -> {
          if (post) {
            pages.publish(token, page.get(), edge.equals("photos"), params, response);
          } else {
            pages.feed(token, page.get(), params, response);
          }
        }
        case "posts", "published_posts" -> pages.feed(token, page.get(), params, response);
        default -> unsupported(response, method, id, edge);
      }
      return;
    }
    Optional<Seed.InstagramAccount> account = graph.seed().instagram(id);
    if (account.isPresent()) {
      Seed.InstagramAccount ig = account.get();
      switch (edge) {
        case "" -> {
          if (instagramMedia.mayRead(token, ig, response)) {
            Json.ok(
                response,
                Json.object()
                    .put("id", ig.id())
                    .put("username", ig.username())
                    .put("name", ig.name()));
          }
        }
        case "media" -> {
          if (post) {
            instagram.create(token, ig, params, response);
          } else {
            instagramMedia.media(token, ig, params, response);
          }
        }
        case "media_publish" -> {
          if (post) {
            instagram.publish(token, ig, params, response);
          } else {
            unsupported(response, method, id, edge);
          }
        }
        case "content_publishing_limit" -> instagram.limit(token, ig, response);
        default -> unsupported(response, method, id, edge);
      }
      return;
    }
    Optional<Container> container = graph.containers().find(id);
    if (container.isPresent() && edge.isEmpty() && get) {
      instagram.status(container.get(), params, response);
      return;
    }
    Optional<PublishedItem> item = graph.published().find(id);
    if (item.isPresent() && !item.get().isComment()) {
      PublishedItem published = item.get();
      switch (edge) {
        case "" -> itemNode(token, published, params, response);
        case "comments" -> {
          if (post) {
            engagement.comment(token, published, params, response);
          } else {
            engagement.comments(token, published, response);
          }
        }
        case "insights" -> engagement.insights(token, published, params, response);
        default -> unsupported(response, method, id, edge);
      }
      return;
    }
    GraphErrors.unknownObject(response, id);
  }

  private void user(
      Method method,
      IssuedToken token,
      String edge,
      String[] path,
      Params params,
      ServerResponse response) {
    switch (edge) {
      case "" ->
          Json.ok(
              response,
              Json.object()
                  .put("id", token.subject())
                  .put("name", graph.seed().facebookUser().name()));
      case "accounts" -> pages.accounts(token, params, response);
      case "permissions" -> {
        if (method == Method.DELETE) {
          login.revoke(token, Optional.ofNullable(path.length > 3 ? path[3] : null), response);
        } else {
          login.permissions(token, response);
        }
      }
      default -> unsupported(response, method, token.subject(), edge);
    }
  }

  private void itemNode(
      IssuedToken token, PublishedItem item, Params params, ServerResponse response) {
    if (item.network() == io.autoposter.simulator.state.SimulatedNetwork.INSTAGRAM) {
      Seed.InstagramAccount account = graph.seed().instagram(item.account()).orElseThrow();
      if (instagramMedia.mayRead(token, account, response)) {
        Json.ok(
            response, instagramMedia.mediaNode(item, Fields.of(params, "fields", "id"), account));
      }
    } else if (graph.actsFor(token, item.account())) {
      Json.ok(response, pages.post(item, Fields.of(params, "fields", "created_time,message,id")));
    } else {
      GraphErrors.unknownObject(response, item.id());
    }
  }

  private static void unsupported(ServerResponse response, Method method, String id, String edge) {
    String verb =
        Set.of(Method.POST, Method.DELETE).contains(method)
            ? method.text().toLowerCase(java.util.Locale.ROOT)
            : "get";
    GraphErrors.send(
        response,
        400,
        100,
        33,
        "Unsupported "
            + verb
            + " request. Object with ID '"
            + id
            + "' does not support '"
            + edge
            + "'.",
        "GraphMethodException",
        false);
  }
}
