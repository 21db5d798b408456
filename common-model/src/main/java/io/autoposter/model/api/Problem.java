package io.autoposter.model.api;

import java.util.Objects;

/**
 * An RFC 9457 problem detail, sent as {@code application/problem+json}. {@code code} is stable and
 * meant for programs; {@code title} and {@code detail} are for people.
 */
public record Problem(
    String type, String title, int status, String detail, String code, Long lastMutationId) {

  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_BASE = "https://autoposter.io/problems/";

  @com.fasterxml.jackson.annotation.JsonCreator
  public Problem {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(code, "code");
    detail = detail == null ? "" : detail;
    type =
        type == null ? TYPE_BASE + code.toLowerCase(java.util.Locale.ROOT).replace('_', '-') : type;
  }

  /** A problem without extension members. */
  public Problem(String type, String title, int status, String detail, String code) {
    this(type, title, status, detail, code, null);
  }

  public static Problem of(int status, String code, String title, String detail) {
    return new Problem(null, title, status, detail, code);
  }
}
