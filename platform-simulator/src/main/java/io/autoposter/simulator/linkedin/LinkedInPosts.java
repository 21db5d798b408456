package io.autoposter.simulator.linkedin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.autoposter.simulator.state.IssuedToken;
import io.autoposter.simulator.state.PublishedItem;
import io.autoposter.simulator.state.PublishedLog;
import io.autoposter.simulator.state.SimulatedNetwork;
import io.autoposter.simulator.web.Json;
import io.autoposter.simulator.web.Params;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code /rest/posts}: create (201 + {@code x-restli-id}), find by author, get one. */
final class LinkedInPosts {
  static final int COMMENTARY_MAX = 3_000;
  private static final int MULTI_IMAGE_MIN = 2;
  private static final int MULTI_IMAGE_MAX = 20;
  private static final Set<String> VISIBILITIES = Set.of("PUBLIC", "CONNECTIONS", "LOGGED_IN");

  private final LinkedInContext linkedIn;

  LinkedInPosts(LinkedInContext linkedIn) {
    this.linkedIn = linkedIn;
  }

  void create(ServerRequest request, ServerResponse response) {
    if (!LinkedInContext.versionAccepted(request, response)) {
      return;
    }
    if (!request.headers().first(LinkedInContext.RESTLI_PROTOCOL).orElse("").equals("2.0.0")) {
      LinkedInErrors.send(
          response, 400, 0, null, "Header X-Restli-Protocol-Version: 2.0.0 is" + " required");
      return;
    }
    Optional<IssuedToken> token = linkedIn.caller(request, response);
    if (token.isEmpty()) {
      return;
    }
    JsonNode post = Params.of(request).json();
    String author = post.path("author").asText("");
    String problem = problem(post);
    if (problem != null) {
      LinkedInErrors.unprocessable(response, problem);
      return;
    }
    String scope =
        LinkedInContext.isOrganization(author) ? "w_organization_social" : "w_member_social";
    if (!linkedIn.mayActAs(token.get(), author) || !token.get().hasScope(scope)) {
      LinkedInErrors.accessDenied(
          response,
          "partnerApiPostsExternal.CREATE."
              + request.headers().first(LinkedInContext.LINKEDIN_VERSION).orElse("")
              + "01");
      return;
    }
    if (linkedIn
        .gate()
        .refuse(SimulatedNetwork.LINKEDIN, author, response, LinkedInContext.ERRORS)) {
      return;
    }
    String commentary = post.path("commentary").asText();
    String fingerprint = PublishedLog.fingerprint(commentary);
    Optional<PublishedItem> earlier =
        linkedIn.published().posts(SimulatedNetwork.LINKEDIN, author).stream()
            .filter(i -> i.fingerprint().equals(fingerprint))
            .findFirst();
    if (earlier.isPresent() || linkedIn.gate().forcedDuplicate(SimulatedNetwork.LINKEDIN, author)) {
      LinkedInErrors.send(
          response,
          422,
          0,
          "DUPLICATE_POST",
          "Content is a duplicate of "
              + earlier.map(PublishedItem::id).orElse("urn:li:share:" + linkedIn.ids().linkedIn()));
      return;
    }
    String urn = "urn:li:share:" + linkedIn.ids().linkedIn();
    List<String> media =
        post.path("content").path("media").has("id")
            ? List.of(post.path("content").path("media").path("id").asText())
            : multiImage(post);
    Optional<String> link =
        Optional.of(post.path("content").path("article").path("source").asText(""))
            .filter(s -> !s.isEmpty());
    linkedIn
        .published()
        .add(
            SimulatedNetwork.LINKEDIN,
            author,
            urn,
            PublishedItem.Kind.LINKEDIN_POST,
            commentary,
            link,
            media,
            Optional.empty(),
            linkedIn.published().now(),
            linkedIn.publicUrl().get() + "/_sim/posts/" + urn);
    linkedIn.gate().afterCommit(SimulatedNetwork.LINKEDIN, author);
    response.status(201);
    response.header(HeaderNames.create("x-restli-id"), urn);
    response.header(HeaderNames.create("x-linkedin-id"), urn);
    response.send();
  }

  private String problem(JsonNode post) {
    if (!post.isObject()) {
      return "ERROR :: / :: the request body must be a JSON object";
    }
    String author = post.path("author").asText("");
    if (!author.startsWith("urn:li:organization:") && !author.startsWith("urn:li:person:")) {
      return "ERROR :: /author :: field is required but not found and has no default value";
    }
    if (!post.path("commentary").isTextual()) {
      return "ERROR :: /commentary :: field is required but not found and has no default value";
    }
    String commentary = post.path("commentary").asText();
    if (commentary.codePointCount(0, commentary.length()) > COMMENTARY_MAX) {
      return "ERROR :: /commentary :: length of commentary must be <= 3000";
    }
    if (!VISIBILITIES.contains(post.path("visibility").asText(""))) {
      return "ERROR :: /visibility :: must be one of PUBLIC, CONNECTIONS, LOGGED_IN";
    }
    if (!post.path("distribution").path("feedDistribution").isTextual()) {
      return "ERROR :: /distribution/feedDistribution :: field is required but not found and has"
          + " no default value";
    }
    if (!post.path("lifecycleState").asText("").equals("PUBLISHED")) {
      return "ERROR :: /lifecycleState :: only PUBLISHED is accepted";
    }
    JsonNode media = post.path("content").path("media");
    if (media.has("id")) {
      String image = media.path("id").asText();
      if (!uploaded(image)) {
        return "ERROR :: /content/media/id :: " + image + " is not an uploaded image";
      }
    }
    if (post.path("content").has("multiImage")) {
      List<String> images = multiImage(post);
      if (images.size() < MULTI_IMAGE_MIN || images.size() > MULTI_IMAGE_MAX) {
        return "ERROR :: /content/multiImage/images :: a multi-image post takes 2 to 20 images";
      }
      for (int i = 0; i < images.size(); i++) {
        if (!uploaded(images.get(i))) {
          return "ERROR :: /content/multiImage/images/%d/id :: %s is not an uploaded image"
              .formatted(i, images.get(i));
        }
      }
    }
    return null;
  }

  private boolean uploaded(String image) {
    return linkedIn.images().find(image).map(i -> i.available()).orElse(false);
  }

  /** The image urns of {@code content.multiImage.images}, in order; empty when there is none. */
  private static List<String> multiImage(JsonNode post) {
    List<String> ids = new ArrayList<>();
    for (JsonNode image : post.path("content").path("multiImage").path("images")) {
      ids.add(image.path("id").asText(""));
    }
    return ids;
  }

  /** {@code GET /rest/posts?q=author&author={urn}&count=&start=}: newest first. */
  void byAuthor(ServerRequest request, ServerResponse response) {
    if (!LinkedInContext.versionAccepted(request, response)) {
      return;
    }
    Optional<IssuedToken> token = linkedIn.caller(request, response);
    if (token.isEmpty()) {
      return;
    }
    Params params = Params.of(request);
    String author = params.getOr("author", "");
    if (!params.getOr("q", "").equals("author") || author.isEmpty()) {
      LinkedInErrors.send(response, 400, 0, null, "Invalid query parameters passed to request");
      return;
    }
    if (!linkedIn.mayActAs(token.get(), author)) {
      LinkedInErrors.accessDenied(response, "partnerApiPostsExternal.FINDER-author");
      return;
    }
    if (linkedIn
        .gate()
        .refuse(SimulatedNetwork.LINKEDIN, author, response, LinkedInContext.ERRORS)) {
      return;
    }
    int start = Math.max(0, Integer.parseInt(params.getOr("start", "0")));
    int count = Math.max(1, Math.min(100, Integer.parseInt(params.getOr("count", "10"))));
    List<PublishedItem> all = linkedIn.published().posts(SimulatedNetwork.LINKEDIN, author);
    ArrayNode elements = Json.array();
    all.stream().skip(start).limit(count).forEach(item -> elements.add(node(item)));
    ObjectNode body = Json.object();
    body.putObject("paging")
        .put("start", start)
        .put("count", count)
        .put("total", all.size())
        .putArray("links");
    body.set("elements", elements);
    Json.ok(response, body);
  }

  /** {@code GET /rest/posts/{encoded urn}}. */
  void one(ServerRequest request, ServerResponse response) {
    if (!LinkedInContext.versionAccepted(request, response)) {
      return;
    }
    Optional<IssuedToken> token = linkedIn.caller(request, response);
    if (token.isEmpty()) {
      return;
    }
    String urn =
        URLDecoder.decode(request.path().pathParameters().get("urn"), StandardCharsets.UTF_8);
    Optional<PublishedItem> item =
        linkedIn.published().find(urn).filter(i -> linkedIn.mayActAs(token.get(), i.account()));
    if (item.isEmpty()) {
      LinkedInErrors.send(response, 404, 0, "NOT_FOUND", "Post " + urn + " not found");
      return;
    }
    Json.ok(response, node(item.get()));
  }

  private static ObjectNode node(PublishedItem item) {
    long at = item.createdAt().toEpochMilli();
    ObjectNode node = Json.object().put("id", item.id()).put("author", item.account());
    node.put("commentary", LittleText.visible(item.text())).put("visibility", "PUBLIC");
    node.putObject("distribution").put("feedDistribution", "MAIN_FEED").putArray("targetEntities");
    node.put("lifecycleState", "PUBLISHED").put("isReshareDisabledByAuthor", false);
    node.put("createdAt", at).put("publishedAt", at).put("lastModifiedAt", at);
    node.putObject("lifecycleStateInfo").put("isEditedByAuthor", false);
    if (item.media().size() > 1) {
      ArrayNode images = node.putObject("content").putObject("multiImage").putArray("images");
      item.media().forEach(id -> images.addObject().put("id", id));
    } else if (!item.media().isEmpty()) {
      node.putObject("content").putObject("media").put("id", item.media().getFirst());
    } else {
      item.link().ifPresent(l -> node.putObject("content").putObject("article").put("source", l));
    }
    return node;
  }
}
