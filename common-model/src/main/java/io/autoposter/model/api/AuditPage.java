package io.autoposter.model.api;

import java.util.List;

/** A page of the audit log, newest first. */
public record AuditPage(List<AuditEntry> entries, int page, int size, long total) {

  public AuditPage {
    entries = List.copyOf(entries);
  }
}
