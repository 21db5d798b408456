package io.autoposter.server.publish;

import com.fasterxml.jackson.databind.JsonNode;
import io.autoposter.model.Network;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An Instagram professional account with its page token: one picture, one video as a Reel, or a
 * carousel of 2 to 10 as a container ({@code POST /{ig-user}/media} with signed, expiring media
 * links), polled until {@code FINISHED}, then {@code media_publish}, then the first comment. The
 * container id is kept with the target before publishing, so an unknown outcome is settled by the
 * container's status: {@code PUBLISHED} means it went out (the media is found by caption), anything
 * else that it did not.
 */
record InstagramPublisher(PublishHttp http, String graphUrl, MediaUrls mediaUrls, Duration poll)
    implements PlatformPublisher {
  private static final int POLLS = 8;
  private static final int READ_BACK = 25;
  static final int CAROUSEL_MAX = 10;
  static final String FIRST_COMMENT_FAILED = "the first comment could not be added";

  @Override
  public Network network() {
    return Network.INSTAGRAM;
  }

  @Override
  public Optional<PlatformError> refusesBeforeCalling(List<MediaFile> media) {
    return media.isEmpty() || media.size() > CAROUSEL_MAX
        ? Optional.of(PlatformError.MEDIA_REJECTED)
        : Optional.empty();
  }

  @Override
  public CallOutcome publish(PublishCall call) {
    List<MediaFile> media = call.media();
    if (media.isEmpty()) {
      return new CallOutcome.NotPublished(
          PlatformError.MEDIA_REJECTED, "Instagram posts need a picture or a video");
    }
    if (media.size() > CAROUSEL_MAX) {
      return new CallOutcome.NotPublished(
          PlatformError.MEDIA_REJECTED,
          "an Instagram carousel holds at most " + CAROUSEL_MAX + " pictures or videos");
    }
    Optional<CallOutcome> usedUp = quotaUsedUp(call);
    if (usedUp.isPresent()) {
      return usedUp.get();
    }
    try {
      Optional<String> made = media.size() == 1 ? single(call) : carousel(call);
      if (made.isEmpty()) {
        return new CallOutcome.NotPublished(
            PlatformError.PLATFORM_OUTAGE, "Instagram did not make the container");
      }
      return publishContainer(call, made.get());
    } catch (Refusal r) {
      return r.outcome;
    } catch (PublishHttp.NoAnswer e) {
      // Before media_publish a lost answer published nothing; the container status tells after.
      return new CallOutcome.Unknown(e.getMessage());
    }
  }

  /** One picture ({@code image_url}) or one video as a Reel ({@code media_type=REELS}). */
  private Optional<String> single(PublishCall call) {
    MediaFile item = call.media().getFirst();
    Map<String, String> form = new LinkedHashMap<>();
    if (item.ref().isVideo()) {
      form.put("media_type", "REELS");
      form.put("video_url", url(call, item));
    } else {
      form.put("image_url", url(call, item));
      altText(form, item);
    }
    form.put("caption", call.text());
    return Optional.of(container(call, form));
  }

  /**
   * 2 to 10 items: a child container per item ({@code is_carousel_item=true}, its own alt text),
   * each video child polled until {@code FINISHED}, then the {@code CAROUSEL} container with the
   * caption. Only the carousel's id is kept under the fence: children cannot be published alone, so
   * a crash before the carousel exists published nothing.
   */
  private Optional<String> carousel(PublishCall call) {
    List<String> children = new ArrayList<>();
    for (MediaFile item : call.media()) {
      Map<String, String> form = new LinkedHashMap<>();
      form.put("is_carousel_item", "true");
      if (item.ref().isVideo()) {
        form.put("media_type", "VIDEO");
        form.put("video_url", url(call, item));
      } else {
        form.put("image_url", url(call, item));
        altText(form, item);
      }
      String child = container(call, form);
      if (item.ref().isVideo()) {
        awaitFinished(call, child)
            .ifPresent(
                notReady -> {
                  throw new Refusal(notReady);
                });
      }
      children.add(child);
    }
    Map<String, String> form = new LinkedHashMap<>();
    form.put("media_type", "CAROUSEL");
    form.put("children", String.join(",", children));
    form.put("caption", call.text());
    return Optional.of(container(call, form));
  }

  private String container(PublishCall call, Map<String, String> form) {
    PublishHttp.Answer created =
        http.postForm(
            graphUrl + "/" + PublishHttp.query(call.externalId()) + "/media", call.token(), form);
    if (!created.ok()) {
      // A container is not a post: whatever happened to it, nothing was published.
      CallOutcome refused = GraphAnswers.refusal(created);
      throw new Refusal(
          refused instanceof CallOutcome.Unknown u
              ? new CallOutcome.NotPublished(PlatformError.PLATFORM_OUTAGE, u.detail())
              : refused);
    }
    return created.text("id");
  }

  private CallOutcome publishContainer(PublishCall call, String container) {
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
      return new CallOutcome.Published(id, permalink(call, id), firstComment(call, id, false));
    }
    int subcode = published.body().path("error").path("error_subcode").asInt(0);
    if (subcode == 2207008) {
      return new CallOutcome.Unknown("Instagram says the container was published already");
    }
    return GraphAnswers.refusal(published);
  }

  /**
   * Adds the post's first comment ({@code POST /{ig-media-id}/comments}); null when done or none,
   * else the warning people read. A failed comment never makes the post unpublished. When {@code
   * checkFirst} (a reconciled post), the media's comments are read first so a comment that went out
   * before a crash is not added twice.
   */
  private String firstComment(PublishCall call, String mediaId, boolean checkFirst) {
    String comment = call.post().firstComment();
    if (comment == null || comment.isBlank()) {
      return null;
    }
    String edge = graphUrl + "/" + PublishHttp.query(mediaId) + "/comments";
    try {
      if (checkFirst) {
        PublishHttp.Answer existing = http.get(edge + "?fields=id,text", call.token());
        for (JsonNode c : existing.body().path("data")) {
          if (Fingerprint.same(c.path("text").asText(""), comment)) {
            return null;
          }
        }
      }
      PublishHttp.Answer added = http.postForm(edge, call.token(), Map.of("message", comment));
      if (added.ok()) {
        return null;
      }
      String why = added.body().path("error").path("message").asText("refused");
      return FIRST_COMMENT_FAILED + " (Instagram said: " + why + ")";
    } catch (PublishHttp.NoAnswer e) {
      return FIRST_COMMENT_FAILED + " (Instagram did not answer)";
    }
  }

  private String url(PublishCall call, MediaFile item) {
    return mediaUrls.of(call.target().agency(), item.ref().sha256());
  }

  private static void altText(Map<String, String> form, MediaFile item) {
    if (item.altText() != null && !item.altText().isBlank()) {
      form.put("alt_text", item.altText());
    }
  }

  /** A container step refused: nothing was published, the outcome says why. */
  private static final class Refusal extends RuntimeException {
    private final transient CallOutcome outcome;

    Refusal(CallOutcome outcome) {
      super(null, null, false, false);
      this.outcome = outcome;
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
        String id = item.path("id").asText();
        return new ReconcileOutcome.Found(
            id, item.path("permalink").asText(null), firstComment(call, id, true));
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

  /**
   * Reads {@code content_publishing_limit} (as Meta asks before publishing), keeps the limit for
   * scheduling, and says "used up" when the moving window is full, so no container is made for
   * nothing. A failed read does not stop publishing: {@code media_publish} still enforces it.
   */
  private Optional<CallOutcome> quotaUsedUp(PublishCall call) {
    PublishHttp.Answer limit;
    try {
      limit =
          http.get(
              graphUrl
                  + "/"
                  + PublishHttp.query(call.externalId())
                  + "/content_publishing_limit?fields=config,quota_usage",
              call.token());
    } catch (PublishHttp.NoAnswer e) {
      return Optional.empty();
    }
    JsonNode entry = limit.ok() ? limit.body().path("data").path(0) : null;
    if (entry == null || !entry.path("config").has("quota_total")) {
      return Optional.empty();
    }
    int total = entry.path("config").path("quota_total").asInt();
    long seconds = entry.path("config").path("quota_duration").asLong(86_400);
    call.quotas().reported(total, Duration.ofSeconds(seconds));
    int used = entry.path("quota_usage").asInt(0);
    return used < total
        ? Optional.empty()
        : Optional.of(
            new CallOutcome.NotPublished(
                PlatformError.QUOTA_EXCEEDED,
                "Instagram allows %d posts in %d hours and %d went out already"
                    .formatted(total, seconds / 3600, used)));
  }
}
