package io.autoposter.server.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.autoposter.model.Network;
import io.autoposter.model.json.Json;
import io.autoposter.model.rules.LinkedInText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A LinkedIn organization (or member): {@code POST /rest/posts} with the caption escaped ({@link
 * LinkedInText#escape}: LinkedIn cuts text at the first unescaped reserved character) and its
 * pictures uploaded through {@code /rest/images}: one as {@code content.media}, 2 to 20 as {@code
 * content.multiImage}, each with its alt text. LinkedIn names the earlier post of a duplicate;
 * reconciliation reads the author's recent posts.
 */
record LinkedInPublisher(PublishHttp http, String apiUrl) implements PlatformPublisher {
  static final Map<String, String> HEADERS =
      Map.of("LinkedIn-Version", "202401", "X-Restli-Protocol-Version", "2.0.0");
  private static final Pattern DUPLICATE_OF = Pattern.compile("duplicate of (urn:li:\\S+)");
  private static final int READ_BACK = 20;

  @Override
  public Network network() {
    return Network.LINKEDIN;
  }

  @Override
  public CallOutcome publish(PublishCall call) {
    ObjectNode post = Json.tolerant().createObjectNode();
    post.put("author", call.externalId())
        .put("commentary", LinkedInText.escape(call.text()))
        .put("visibility", "PUBLIC")
        .put("lifecycleState", "PUBLISHED")
        .put("isReshareDisabledByAuthor", false);
    ObjectNode distribution = post.putObject("distribution").put("feedDistribution", "MAIN_FEED");
    distribution.putArray("targetEntities");
    distribution.putArray("thirdPartyDistributionChannels");
    List<String> images = new ArrayList<>();
    for (MediaFile media : call.media()) {
      Optional<String> image;
      try {
        image = upload(call, media);
      } catch (PublishHttp.NoAnswer e) {
        // An uploaded picture no post refers to is never shown: nothing went out yet.
        return new CallOutcome.NotPublished(PlatformError.PLATFORM_OUTAGE, e.getMessage());
      }
      if (image.isEmpty()) {
        return new CallOutcome.NotPublished(
            PlatformError.MEDIA_REJECTED, "LinkedIn did not take the picture");
      }
      images.add(image.get());
    }
    if (images.size() == 1) {
      ObjectNode media = post.putObject("content").putObject("media").put("id", images.getFirst());
      altText(call.media().getFirst()).ifPresent(alt -> media.put("altText", alt));
    } else if (images.size() > 1) {
      ArrayNode all = post.putObject("content").putObject("multiImage").putArray("images");
      for (int i = 0; i < images.size(); i++) {
        ObjectNode image = all.addObject().put("id", images.get(i));
        altText(call.media().get(i)).ifPresent(alt -> image.put("altText", alt));
      }
    }
    PublishHttp.Answer answer;
    try {
      answer = http.postJson(apiUrl + "/rest/posts", call.token(), post, HEADERS);
    } catch (PublishHttp.NoAnswer e) {
      return e.maybeSent()
          ? new CallOutcome.Unknown(e.getMessage())
          : new CallOutcome.NotPublished(PlatformError.PLATFORM_OUTAGE, e.getMessage());
    }
    if (answer.ok()) {
      String urn = answer.header("x-restli-id").orElse(answer.text("id"));
      return new CallOutcome.Published(urn, permalink(urn));
    }
    return refusal(answer, call.attempt());
  }

  @Override
  public ReconcileOutcome reconcile(PublishCall call) {
    PublishHttp.Answer posts;
    try {
      posts =
          http.getWith(
              apiUrl
                  + "/rest/posts?q=author&author="
                  + PublishHttp.query(call.externalId())
                  + "&count="
                  + READ_BACK,
              call.token(),
              HEADERS);
    } catch (PublishHttp.NoAnswer e) {
      return new ReconcileOutcome.Undetermined(e.getMessage());
    }
    if (!posts.ok()) {
      return new ReconcileOutcome.Undetermined(
          "LinkedIn answered " + posts.status() + " to the read");
    }
    Instant since = call.firstAttemptAt().minus(Reconciliation.CLOCK_SLACK);
    JsonNode elements = posts.body().path("elements");
    boolean reachedBack = elements.size() < READ_BACK;
    for (JsonNode post : elements) {
      // LinkedIn returns the text as it shows it: escapes resolved, so it equals the caption.
      boolean recent =
          !post.has("createdAt")
              || !Instant.ofEpochMilli(post.path("createdAt").asLong()).isBefore(since);
      if (recent && Fingerprint.same(post.path("commentary").asText(""), call.text())) {
        String urn = post.path("id").asText();
        return new ReconcileOutcome.Found(urn, permalink(urn));
      }
      reachedBack |= !recent;
    }
    // Absence is proven only if the read went back past the first attempt.
    return reachedBack
        ? new ReconcileOutcome.Absent("not among the author's posts since the first attempt")
        : new ReconcileOutcome.Undetermined(
            "the author made more than " + READ_BACK + " posts since the attempt");
  }

  private static Optional<String> altText(MediaFile media) {
    return Optional.ofNullable(media.altText()).filter(alt -> !alt.isBlank());
  }

  private Optional<String> upload(PublishCall call, MediaFile media) {
    ObjectNode init = Json.tolerant().createObjectNode();
    init.putObject("initializeUploadRequest").put("owner", call.externalId());
    PublishHttp.Answer started =
        http.postJson(apiUrl + "/rest/images?action=initializeUpload", call.token(), init, HEADERS);
    JsonNode value = started.body().path("value");
    if (!started.ok() || !value.has("uploadUrl")) {
      return Optional.empty();
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(media.file());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read media " + media.ref().sha256(), e);
    }
    PublishHttp.Answer put =
        http.put(value.path("uploadUrl").asText(), call.token(), media.ref().contentType(), bytes);
    return put.ok() ? Optional.of(value.path("image").asText()) : Optional.empty();
  }

  private CallOutcome refusal(PublishHttp.Answer answer, int attempt) {
    String message = answer.text("message");
    String detail = "LinkedIn " + answer.status() + ": " + message;
    Matcher duplicate = DUPLICATE_OF.matcher(message);
    if (answer.status() == 422 && duplicate.find()) {
      // On a later attempt the earlier post LinkedIn names is ours: that call went out.
      return attempt > 1
          ? new CallOutcome.Published(duplicate.group(1), permalink(duplicate.group(1)))
          : new CallOutcome.NotPublished(PlatformError.DUPLICATE, detail);
    }
    return switch (answer.status()) {
      case 401 -> new CallOutcome.NotPublished(PlatformError.TOKEN_EXPIRED, detail);
      case 403 -> new CallOutcome.NotPublished(PlatformError.PERMISSION_MISSING, detail);
      case 429 -> new CallOutcome.NotPublished(PlatformError.RATE_LIMITED, detail);
      case 400, 422 -> new CallOutcome.NotPublished(PlatformError.TEXT_REJECTED, detail);
      default ->
          answer.status() >= 500
              ? new CallOutcome.Unknown(detail)
              : new CallOutcome.NotPublished(PlatformError.UNEXPECTED, detail);
    };
  }

  private static String permalink(String urn) {
    return "https://www.linkedin.com/feed/update/" + urn;
  }
}
