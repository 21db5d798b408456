package io.autoposter.simulator.control;

import static io.autoposter.simulator.web.Html.escape;

import io.autoposter.simulator.state.PublishedItem;
import io.autoposter.simulator.state.PublishedLog;
import io.autoposter.simulator.web.Html;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** {@code /_sim/posts/{id}}: what a simulated permalink shows, so demo links lead somewhere. */
final class PostPage {
  private final PublishedLog published;

  PostPage(PublishedLog published) {
    this.published = published;
  }

  void show(ServerRequest request, ServerResponse response) {
    String id =
        URLDecoder.decode(request.path().pathParameters().get("id"), StandardCharsets.UTF_8);
    Optional<PublishedItem> item = published.find(id);
    if (item.isEmpty()) {
      Html.send(response, 404, "Not found", "<p>Nothing was published as " + escape(id) + ".</p>");
      return;
    }
    PublishedItem post = item.get();
    StringBuilder body =
        new StringBuilder("<div class=\"card\"><p><small>")
            .append(escape(post.network().key()))
            .append(" · ")
            .append(escape(post.account()))
            .append(" · ")
            .append(escape(post.createdAt().toString()))
            .append("</small></p><p>")
            .append(escape(post.text()).replace("\n", "<br>"))
            .append("</p>");
    post.link()
        .ifPresent(
            l ->
                body.append("<p><a href=\"")
                    .append(escape(l))
                    .append("\">")
                    .append(escape(l))
                    .append("</a></p>"));
    for (String media : post.media()) {
      body.append("<p><small>media: ").append(escape(media)).append("</small></p>");
    }
    for (PublishedItem comment : published.comments(post.id())) {
      body.append("<p><small>comment:</small> ").append(escape(comment.text())).append("</p>");
    }
    Html.send(response, 200, post.network().key() + " post", body.append("</div>").toString());
  }
}
