package io.autoposter.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A picture or video attached to a post, named by the SHA-256 of its bytes. The bytes live on the
 * server under {@code /api/v1/media/{sha256}} once uploaded; {@code contentType} is what the server
 * (or the desktop, before upload) found by reading the content, never the file name.
 *
 * <p>{@code width} and {@code height} are in pixels when known, else null (and left out of JSON),
 * so older clients and stored posts without them still read; the rules check aspect ratios only
 * when both are known.
 */
public record MediaRef(
    String sha256,
    String contentType,
    long size,
    @JsonInclude(JsonInclude.Include.NON_NULL) Integer width,
    @JsonInclude(JsonInclude.Include.NON_NULL) Integer height) {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  @JsonCreator
  public MediaRef {
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(contentType, "contentType");
    if (!SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
    }
    if (!MediaTypes.SUPPORTED.contains(contentType)) {
      throw new IllegalArgumentException("unsupported media type " + contentType);
    }
    if (size <= 0) {
      throw new IllegalArgumentException("media size must be positive");
    }
    if ((width != null && width <= 0) || (height != null && height <= 0)) {
      throw new IllegalArgumentException("media width and height must be positive");
    }
  }

  /** A media item whose dimensions are not known. */
  public MediaRef(String sha256, String contentType, long size) {
    this(sha256, contentType, size, null, null);
  }

  @JsonIgnore
  public boolean isVideo() {
    return contentType.startsWith("video/");
  }

  /** Width divided by height, when both are known. */
  @JsonIgnore
  public java.util.OptionalDouble aspectRatio() {
    return width == null || height == null
        ? java.util.OptionalDouble.empty()
        : java.util.OptionalDouble.of(width / (double) height);
  }
}
