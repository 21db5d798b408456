package io.autoposter.server.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.autoposter.model.Network;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Facebook Page with its page token: text (with the first link of the caption as the link
 * preview) through {@code /{page}/feed}, one photo through {@code /{page}/photos}, several photos
 * uploaded unpublished and then attached to one feed post ({@code attached_media}). Reconciliation
 * reads the page's recent posts back and matches the text's fingerprint.
 */
record FacebookPublisher(PublishHttp http, String graphUrl) implements PlatformPublisher {
  private static final Pattern LINK = Pattern.compile("https?://\\S+");

  /** Posts per read-back page (Graph's most) and pages read before giving up on a proof. */
  private static final int READ_PAGE = 100;

  private static final int MAX_READ_PAGES = 50;
  private static final int MAX_PHOTOS = 10;

  @Override
  public Network network() {
    return Network.FACEBOOK;
  }

  @Override
  public Optional<PlatformError> refusesBeforeCalling(List<MediaFile> media) {
    return media.size() > MAX_PHOTOS ? Optional.of(PlatformError.MEDIA_REJECTED) : Optional.empty();
  }

  @Override
  public CallOutcome publish(PublishCall call) {
    if (call.media().size() > MAX_PHOTOS) {
      return new CallOutcome.NotPublished(
          PlatformError.MEDIA_REJECTED,
          "a Facebook post holds at most "
              + MAX_PHOTOS
              + " photos; this one has "
              + call.media().size());
    }
    List<String> photoIds = new ArrayList<>();
    if (call.media().size() > 1) {
      for (MediaFile media : call.media()) {
        PublishHttp.Answer upload;
        try {
          upload = photo(call, media, false);
        } catch (PublishHttp.NoAnswer e) {
          // An unpublished photo nobody attaches is never shown: nothing went out yet.
          return new CallOutcome.NotPublished(PlatformError.PLATFORM_OUTAGE, e.getMessage());
        }
        if (!upload.ok()) {
          return GraphAnswers.refusal(upload);
        }
        photoIds.add(upload.text("id"));
      }
    }
    PublishHttp.Answer answer;
    try {
      answer =
          call.media().size() == 1
              ? photo(call, call.media().getFirst(), true)
              : feed(call, photoIds);
    } catch (PublishHttp.NoAnswer e) {
      return e.maybeSent()
          ? new CallOutcome.Unknown(e.getMessage())
          : new CallOutcome.NotPublished(PlatformError.PLATFORM_OUTAGE, e.getMessage());
    }
    if (!answer.ok()) {
      return GraphAnswers.refusal(answer);
    }
    String postId = answer.body().has("post_id") ? answer.text("post_id") : answer.text("id");
    return new CallOutcome.Published(postId, permalink(call, postId));
  }

  @Override
  public ReconcileOutcome reconcile(PublishCall call) {
    Instant since = call.firstAttemptAt().minus(Reconciliation.CLOCK_SLACK);
    String after = null;
    for (int read = 0; read < MAX_READ_PAGES; read++) {
      PublishHttp.Answer feed;
      try {
        feed =
            http.get(
                graphUrl
                    + "/"
                    + PublishHttp.query(call.externalId())
                    + "/feed?fields=id,message,created_time,permalink_url&limit="
                    + READ_PAGE
                    + "&since="
                    + since.getEpochSecond()
                    + (after == null ? "" : "&after=" + PublishHttp.query(after)),
                call.token());
      } catch (PublishHttp.NoAnswer e) {
        return new ReconcileOutcome.Undetermined(e.getMessage());
      }
      if (!feed.ok()) {
        return new ReconcileOutcome.Undetermined(
            "Graph answered " + feed.status() + " to the read");
      }
      for (JsonNode post : feed.body().path("data")) {
        Optional<Instant> created = Reconciliation.instant(post.path("created_time").asText(""));
        if (Fingerprint.same(post.path("message").asText(""), call.text())
            && created.map(at -> !at.isBefore(since)).orElse(true)) {
          return new ReconcileOutcome.Found(
              post.path("id").asText(), post.path("permalink_url").asText(null));
        }
      }
      JsonNode paging = feed.body().path("paging");
      after = paging.path("cursors").path("after").asText("");
      if (paging.path("next").asText("").isEmpty() || after.isEmpty()) {
        // Every post the page made since the first attempt was read: absence is proven.
        return new ReconcileOutcome.Absent("not among the page's posts since the first attempt");
      }
    }
    return new ReconcileOutcome.Undetermined(
        "the page made more than " + MAX_READ_PAGES * READ_PAGE + " posts since the attempt");
  }

  /** Text with its first link as the preview, or text with the already uploaded photos. */
  private PublishHttp.Answer feed(PublishCall call, List<String> photoIds) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("message", call.text());
    Matcher link = LINK.matcher(call.text());
    if (photoIds.isEmpty() && link.find()) {
      form.put("link", link.group());
    }
    for (int i = 0; i < photoIds.size(); i++) {
      form.put(
          "attached_media[" + i + "]",
          JsonNodeFactory.instance.objectNode().put("media_fbid", photoIds.get(i)).toString());
    }
    return http.postForm(
        graphUrl + "/" + PublishHttp.query(call.externalId()) + "/feed", call.token(), form);
  }

  /**
   * One photo: published with the caption, or uploaded unpublished ({@code published=false}) to be
   * attached to a feed post with the others.
   */
  private PublishHttp.Answer photo(PublishCall call, MediaFile media, boolean published) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(media.file());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read media " + media.ref().sha256(), e);
    }
    return http.postMultipart(
        graphUrl + "/" + PublishHttp.query(call.externalId()) + "/photos",
        call.token(),
        published
            ? List.of(
                PublishHttp.Part.field("caption", call.text()),
                new PublishHttp.Part("source", "photo", media.ref().contentType(), bytes))
            : List.of(
                PublishHttp.Part.field("published", "false"),
                new PublishHttp.Part("source", "photo", media.ref().contentType(), bytes)));
  }

  /** Graph does not return the permalink with the id; a failed read leaves it empty. */
  private String permalink(PublishCall call, String postId) {
    try {
      PublishHttp.Answer post =
          http.get(
              graphUrl + "/" + PublishHttp.query(postId) + "?fields=permalink_url", call.token());
      return post.ok() && !post.text("permalink_url").isEmpty() ? post.text("permalink_url") : null;
    } catch (PublishHttp.NoAnswer e) {
      return null;
    }
  }
}
