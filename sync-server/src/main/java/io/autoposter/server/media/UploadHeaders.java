package io.autoposter.server.media;

import io.autoposter.server.api.ProblemException;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Headers;

/**
 * The headers of one chunk: {@code Upload-Offset}, where in the media it starts, and {@code
 * Upload-Length}, the size of the whole media.
 */
record UploadHeaders(long offset, long length) {
  static final HeaderName UPLOAD_OFFSET = HeaderNames.create("Upload-Offset");
  static final HeaderName UPLOAD_LENGTH = HeaderNames.create("Upload-Length");

  UploadHeaders {
    if (length <= 0) {
      throw ProblemException.validation("Upload-Length must be the media's size, at least 1.");
    }
    if (offset < 0 || offset >= length) {
      throw ProblemException.validation("Upload-Offset must be from 0 to Upload-Length - 1.");
    }
  }

  static UploadHeaders from(Headers headers) {
    return new UploadHeaders(number(headers, UPLOAD_OFFSET), number(headers, UPLOAD_LENGTH));
  }

  /** What may still come after the offset. */
  long remaining() {
    return length - offset;
  }

  private static long number(Headers headers, HeaderName name) {
    String value =
        headers
            .first(name)
            .orElseThrow(
                () ->
                    ProblemException.validation(
                        "Every chunk needs the " + name.defaultCase() + " header."))
            .strip();
    // Digits only: Long.parseLong would also take a sign.
    if (value.isEmpty()
        || value.length() > 18
        || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw ProblemException.validation(name.defaultCase() + " must be a whole number of bytes.");
    }
    return Long.parseLong(value);
  }
}
