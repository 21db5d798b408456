package io.autoposter.server.publish;

import com.fasterxml.jackson.databind.JsonNode;
import io.autoposter.model.Network;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An Instagram professional account with its page token: one picture as a container ({@code POST
 * /{ig-user}/media} with a signed, expiring {@code image_url}), polled until {@code FINISHED}, then
 * {@code media_publish}. The container id is kept with the target before publishing, so an unknown
 * outcome is settled by the container's status: {@code PUBLISHED} means it went out (the media is
 * found by caption), anything else that it did not.
 */
record InstagramPublisher(PublishHttp http, String graphUrl, MediaUrls mediaUrls, Duration poll)
    implements PlatformPublisher {
  private static final int POLLS = 8;
  private static final int READ_BACK = 25;

  @Override
  public Network network() {
    return Network.INSTAGRAM;
  }

  @Override
  public CallOutcome publish(PublishCall call) {
    if (call.media().size() != 1 || call.media().getFirst().ref().isVideo()) {
      return new CallOutcome.NotPublished(
          PlatformError.MEDIA_REJECTED,
          "Instagram posts need one picture here (carousels and reels are not supported yet)");
    }
    MediaFile picture = call.media().getFirst();
    try {
      Map<String, String> form = new LinkedHashMap<>();
      form.put("image_url", mediaUrls.of(call.target().agency(), picture.ref().sha256()));
      form.put("caption", call.text());
      if (picture.altText() != null && !picture.altText().isBlank()) {
        form.put("alt_text", picture.altText());
      }
      PublishHttp.Answer created =
          http.postForm(
              graphUrl + "/" + PublishHttp.query(call.externalId()) + "/media", call.token(), form);
      if (!created.ok()) {
        // A container is not a post: whatever happened to it, nothing was published.
        CallOutcome refused = GraphAnswers.refusal(created);
        return refused instanceof CallOutcome.Unknown u
            ? new CallOutcome.NotPublished(PlatformError.PLATFORM_OUTAGE, u.detail())
            : refused;
      }
      String container = created.text("id");
      if (!call.steps().record(container)) {
        return new CallOutcome.NotPublished(PlatformError.UNEXPECTED, "the claim went stale");
      }
      Optional<CallOutcome> notReady = awaitFinished(call, container);
      if (notReady.isPresent()) {
        return notReady.get();
      }
      PublishHttp.Answer published =
          http.postForm(
              graphUrl + "/" + PublishHttp.query(call.externalId()) + "/media_publish",
              call.token(),
              Map.of("creation_id", container));
      if (published.ok()) {
        String id = published.text("id");
        return new CallOutcome.Published(id, permalink(call, id));
      }
      int subcode = published.body().path("error").path("error_subcode").asInt(0);
      if (subcode == 2207008) {
        return new CallOutcome.Unknown("Instagram says the container was published already");
      }
      return GraphAnswers.refusal(published);
    } catch (PublishHttp.NoAnswer e) {
      // Before media_publish a lost answer published nothing; the container status tells after.
      return new CallOutcome.Unknown(e.getMessage());
    }
  }

  @Override
  public ReconcileOutcome reconcile(PublishCall call) {
    String container = call.target().stepId();
    if (container == null) {
      return new ReconcileOutcome.Absent("no container was made, so nothing was published");
    }
    try {
      String status = status(call, container);
      return switch (status) {
        case "PUBLISHED" -> findMedia(call);
        case "ERROR" ->
            new ReconcileOutcome.Refused(
                PlatformError.MEDIA_NOT_FETCHABLE, "the container is in ERROR");
        case "" -> new ReconcileOutcome.Undetermined("Graph did not say the container's status");
        default -> new ReconcileOutcome.Absent("the container is " + status + ", not published");
      };
    } catch (PublishHttp.NoAnswer e) {
      return new ReconcileOutcome.Undetermined(e.getMessage());
    }
  }

  private Optional<CallOutcome> awaitFinished(PublishCall call, String container) {
    Duration wait = poll;
    for (int i = 0; i < POLLS; i++) {
      String status = status(call, container);
      switch (status) {
        case "FINISHED" -> {
          return Optional.empty();
        }
        case "ERROR" -> {
          return Optional.of(
              new CallOutcome.NotPublished(
                  PlatformError.MEDIA_NOT_FETCHABLE, "the container is in ERROR"));
        }
        case "EXPIRED" -> {
          return Optional.of(
              new CallOutcome.NotPublished(PlatformError.PLATFORM_OUTAGE, "the container expired"));
        }
        default -> sleep(wait);
      }
      wait = wait.multipliedBy(2);
    }
    return Optional.of(
        new CallOutcome.NotPublished(
            PlatformError.PLATFORM_OUTAGE, "the container was still processing"));
  }

  private String status(PublishCall call, String container) {
    PublishHttp.Answer answer =
        http.get(
            graphUrl + "/" + PublishHttp.query(container) + "?fields=status_code", call.token());
    return answer.ok() ? answer.text("status_code") : "";
  }

  private ReconcileOutcome findMedia(PublishCall call) {
    PublishHttp.Answer media =
        http.get(
            graphUrl
                + "/"
                + PublishHttp.query(call.externalId())
                + "/media?fields=id,caption,permalink,timestamp&limit="
                + READ_BACK,
            call.token());
    Instant since = call.firstAttemptAt().minus(Reconciliation.CLOCK_SLACK);
    for (JsonNode item : media.body().path("data")) {
      Optional<Instant> at = Reconciliation.instant(item.path("timestamp").asText(""));
      if (Fingerprint.same(item.path("caption").asText(""), call.text())
          && at.map(t -> !t.isBefore(since)).orElse(true)) {
        return new ReconcileOutcome.Found(
            item.path("id").asText(), item.path("permalink").asText(null));
      }
    }
    // Published for sure (the container says so), but not found yet: ask again later.
    return new ReconcileOutcome.Undetermined(
        "the container is published; its media is not listed yet");
  }

  private String permalink(PublishCall call, String mediaId) {
    try {
      PublishHttp.Answer media =
          http.get(graphUrl + "/" + PublishHttp.query(mediaId) + "?fields=permalink", call.token());
      return media.ok() && !media.text("permalink").isEmpty() ? media.text("permalink") : null;
    } catch (PublishHttp.NoAnswer e) {
      return null;
    }
  }

  private static void sleep(Duration wait) {
    try {
      Thread.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PublishHttp.NoAnswer("interrupted while waiting for Instagram", true);
    }
  }
}
