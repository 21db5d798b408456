package io.autoposter.model.sync;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/** When a post is due and the zone it was scheduled in; a null {@code dueAt} unschedules it. */
public record Schedule(Instant dueAt, ZoneId zone) {
  public Schedule {
    Objects.requireNonNull(zone, "zone");
  }
}
