package io.autoposter.server.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.autoposter.model.Network;
import io.autoposter.model.json.Json;
import io.autoposter.model.rules.XThread;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * X: up to four pictures through {@code /2/media/upload}, then {@code POST /2/tweets}. X refuses
 * the same text twice from one account (403), which makes a re-send after a proven absence safe;
 * reconciliation reads the account's timeline for the text.
 */
record XPublisher(PublishHttp http, String apiUrl, String webUrl) implements PlatformPublisher {
  /** Tweets one read-back reads: X's most per request. */
  private static final int TIMELINE_READ = 100;

  static final int MAX_PICTURES = 4;
  private static final String DUPLICATE = "duplicate content";

  @Override
  public Network network() {
    return Network.X;
  }

  @Override
  public CallOutcome publish(PublishCall call) {
    if (call.media().size() > MAX_PICTURES) {
      return new CallOutcome.NotPublished(
          PlatformError.MEDIA_REJECTED, "X takes at most " + MAX_PICTURES + " pictures");
    }
    XThread thread = XThread.of(call.text());
    // A thread going on from its tweets already out needs no pictures: they went with the first.
    boolean goingOn = thread.isThread() && ThreadProgress.of(call.target().stepId()).count() > 0;
    List<String> mediaIds = new ArrayList<>();
    for (MediaFile media : goingOn ? List.<MediaFile>of() : call.media()) {
      PublishHttp.Answer upload;
      try {
        upload = http.postMultipart(apiUrl + "/2/media/upload", call.token(), parts(media));
      } catch (PublishHttp.NoAnswer e) {
        // No tweet was sent yet: an upload that got lost publishes nothing.
        return new CallOutcome.NotPublished(PlatformError.PLATFORM_OUTAGE, e.getMessage());
      }
      if (!upload.ok()) {
        CallOutcome refused = refusal(upload, call.attempt());
        return refused instanceof CallOutcome.Unknown unknown
            ? new CallOutcome.NotPublished(PlatformError.PLATFORM_OUTAGE, unknown.detail())
            : refused;
      }
      mediaIds.add(upload.body().path("data").path("id").asText());
    }
    if (!thread.isThread()) {
      return switch (tweet(call, call.text(), mediaIds, null)) {
        case Sent sent -> new CallOutcome.Published(sent.id(), permalink(sent.id()));
        case Stopped stopped -> stopped.outcome();
      };
    }
    return publishThread(call, thread, mediaIds);
  }

  /**
   * The thread's tweets from the first one not yet out, each a reply to the one before, the
   * pictures with the first; each id is kept under the fence before the next tweet goes.
   */
  private CallOutcome publishThread(PublishCall call, XThread thread, List<String> mediaIds) {
    ThreadProgress progress = ThreadProgress.of(call.target().stepId());
    for (int i = progress.count(); i < thread.size(); i++) {
      String replyTo = i == 0 ? null : progress.posted().getLast();
      Tweeted tweeted = tweet(call, thread.tweets().get(i), i == 0 ? mediaIds : List.of(), replyTo);
      if (tweeted instanceof Stopped stopped) {
        return stopped.outcome();
      }
      progress = progress.then(((Sent) tweeted).id());
      if (!call.steps().record(progress.stepId())) {
        // The tweet is out but the claim went stale: its holder finds it on the timeline.
        return new CallOutcome.Unknown("the claim went stale within the thread");
      }
    }
    String first = progress.posted().getFirst();
    return new CallOutcome.Published(first, permalink(first));
  }

  private sealed interface Tweeted permits Sent, Stopped {}

  private record Sent(String id) implements Tweeted {}

  private record Stopped(CallOutcome outcome) implements Tweeted {}

  private Tweeted tweet(PublishCall call, String text, List<String> mediaIds, String replyTo) {
    ObjectNode tweet = Json.tolerant().createObjectNode().put("text", text);
    if (!mediaIds.isEmpty()) {
      mediaIds.forEach(tweet.putObject("media").putArray("media_ids")::add);
    }
    if (replyTo != null) {
      tweet.putObject("reply").put("in_reply_to_tweet_id", replyTo);
    }
    PublishHttp.Answer answer;
    try {
      answer = http.postJson(apiUrl + "/2/tweets", call.token(), tweet, Map.of());
    } catch (PublishHttp.NoAnswer e) {
      return new Stopped(
          e.maybeSent()
              ? new CallOutcome.Unknown(e.getMessage())
              : new CallOutcome.NotPublished(PlatformError.PLATFORM_OUTAGE, e.getMessage()));
    }
    if (answer.ok()) {
      return new Sent(answer.body().path("data").path("id").asText());
    }
    return new Stopped(refusal(answer, call.attempt()));
  }

  /** The account's recent tweets, newest first: one with this text since the first attempt. */
  @Override
  public ReconcileOutcome reconcile(PublishCall call) {
    PublishHttp.Answer timeline;
    try {
      timeline =
          http.get(
              apiUrl
                  + "/2/users/"
                  + PublishHttp.query(call.externalId())
                  + "/tweets?max_results="
                  + TIMELINE_READ
                  + "&tweet.fields=created_at",
              call.token());
    } catch (PublishHttp.NoAnswer e) {
      return new ReconcileOutcome.Undetermined(e.getMessage());
    }
    if (!timeline.ok()) {
      return new ReconcileOutcome.Undetermined("X answered " + timeline.status() + " to the read");
    }
    Instant since = call.firstAttemptAt().minus(Reconciliation.CLOCK_SLACK);
    JsonNode tweets = timeline.body().path("data");
    boolean reachedBack = tweets.size() < TIMELINE_READ;
    Map<String, String> recentIds = new java.util.LinkedHashMap<>(); // text → id, newest first
    for (JsonNode tweet : tweets) {
      Optional<Instant> created = Reconciliation.instant(tweet.path("created_at").asText(""));
      if (created.map(at -> !at.isBefore(since)).orElse(true)) {
        recentIds.putIfAbsent(
            Fingerprint.of(tweet.path("text").asText()), tweet.path("id").asText());
      } else {
        reachedBack = true;
      }
    }
    XThread thread = XThread.of(call.text());
    if (!thread.isThread()) {
      String id = recentIds.get(Fingerprint.of(call.text()));
      if (id != null) {
        return new ReconcileOutcome.Found(id, permalink(id));
      }
    } else {
      Optional<ReconcileOutcome> found = reconcileThread(call, thread, recentIds);
      if (found.isPresent()) {
        return found.get();
      }
    }
    // Absence is proven only if the read went back past the first attempt.
    return reachedBack
        ? new ReconcileOutcome.Absent("not on the account's timeline since the first attempt")
        : new ReconcileOutcome.Undetermined(
            "the account posted more than " + TIMELINE_READ + " times since the attempt");
  }

  /**
   * Finds the thread's next tweets on the timeline and keeps them with the target; the whole thread
   * out is found, part of it is absent for the rest (the retry goes on from there).
   */
  private Optional<ReconcileOutcome> reconcileThread(
      PublishCall call, XThread thread, Map<String, String> recentIds) {
    ThreadProgress progress = ThreadProgress.of(call.target().stepId());
    ThreadProgress before = progress;
    while (progress.count() < thread.size()) {
      String id = recentIds.get(Fingerprint.of(thread.tweets().get(progress.count())));
      if (id == null) {
        break;
      }
      progress = progress.then(id);
    }
    if (progress.count() > before.count() && !call.steps().record(progress.stepId())) {
      return Optional.of(new ReconcileOutcome.Undetermined("the claim went stale"));
    }
    if (progress.count() == thread.size()) {
      String first = progress.posted().getFirst();
      return Optional.of(new ReconcileOutcome.Found(first, permalink(first)));
    }
    return Optional.empty();
  }

  private CallOutcome refusal(PublishHttp.Answer answer, int attempt) {
    String detail = "X " + answer.status() + ": " + answer.text("detail");
    return switch (answer.status()) {
      case 401 -> new CallOutcome.NotPublished(PlatformError.TOKEN_EXPIRED, detail);
      case 403 ->
          answer.text("detail").contains(DUPLICATE)
              // On a later attempt the duplicate may be our own earlier call: find out.
              ? attempt > 1
                  ? new CallOutcome.Unknown(detail)
                  : new CallOutcome.NotPublished(PlatformError.DUPLICATE, detail)
              : new CallOutcome.NotPublished(PlatformError.PERMISSION_MISSING, detail);
      case 429 ->
          new CallOutcome.NotPublished(PlatformError.RATE_LIMITED, detail, untilReset(answer));
      case 400 ->
          new CallOutcome.NotPublished(
              answer.body().path("errors").toString().contains("media")
                  ? PlatformError.MEDIA_REJECTED
                  : PlatformError.TEXT_REJECTED,
              detail + " " + answer.body().path("errors").path(0).path("message").asText(""));
      default ->
          answer.status() >= 500
              ? new CallOutcome.Unknown(detail)
              : new CallOutcome.NotPublished(PlatformError.UNEXPECTED, detail);
    };
  }

  /** X says when its window opens again ({@code x-rate-limit-reset}, epoch seconds). */
  private static Duration untilReset(PublishHttp.Answer answer) {
    return answer
        .header("x-rate-limit-reset")
        .map(Long::parseLong)
        .map(reset -> Duration.between(Instant.now(), Instant.ofEpochSecond(reset)))
        .filter(wait -> !wait.isNegative())
        .orElse(null);
  }

  private String permalink(String id) {
    return webUrl + "/i/web/status/" + id;
  }

  private static List<PublishHttp.Part> parts(MediaFile media) {
    try {
      return List.of(
          new PublishHttp.Part(
              "media", "media", media.ref().contentType(), Files.readAllBytes(media.file())),
          PublishHttp.Part.field("media_category", "tweet_image"),
          PublishHttp.Part.field("media_type", media.ref().contentType()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read media " + media.ref().sha256(), e);
    }
  }
}
