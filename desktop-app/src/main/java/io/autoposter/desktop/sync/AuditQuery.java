package io.autoposter.desktop.sync;

import java.time.Instant;

/**
 * One page of the audit log, optionally filtered: {@code action} is a code such as {@code
 * SIGN_IN_FAILED}, {@code actor} part of an e-mail, {@code from}/{@code to} bound the time. Null
 * filters are left out.
 */
public record AuditQuery(
    int page, int size, String action, String actor, Instant from, Instant to) {

  public static final int DEFAULT_SIZE = 50;

  public AuditQuery {
    if (page < 0 || size < 1) {
      throw new IllegalArgumentException("page must be >= 0 and size >= 1");
    }
    action = blankToNull(action);
    actor = blankToNull(actor);
  }

  /** The first page, unfiltered. */
  public static AuditQuery firstPage() {
    return new AuditQuery(0, DEFAULT_SIZE, null, null, null, null);
  }

  public AuditQuery withPage(int newPage) {
    return new AuditQuery(newPage, size, action, actor, from, to);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
