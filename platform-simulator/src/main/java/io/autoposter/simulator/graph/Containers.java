package io.autoposter.simulator.graph;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/** Every Instagram container by id. Polls and publishing update a container atomically. */
public final class Containers {
  private final ConcurrentHashMap<String, Container> byId = new ConcurrentHashMap<>();

  void add(Container container) {
    byId.put(container.id(), container);
  }

  Optional<Container> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Reads the status as a poll: the answer is from before this poll advanced it. */
  Optional<Container> poll(String id) {
    AtomicReference<Container> before = new AtomicReference<>();
    byId.computeIfPresent(
        id,
        (k, c) -> {
          before.set(c);
          return c.polled();
        });
    return Optional.ofNullable(before.get());
  }

  /**
   * Marks the container published once it is FINISHED; empty when it is not (the caller reads the
   * status to word the error). Concurrent publishes of one container publish it once.
   */
  Optional<Container> publish(String id, String mediaId, Instant now) {
    AtomicReference<Container> done = new AtomicReference<>();
    byId.computeIfPresent(
        id,
        (k, c) -> {
          if (c.statusCode(now).equals("FINISHED")) {
            Container published = c.published(mediaId);
            done.set(published);
            return published;
          }
          return c;
        });
    return Optional.ofNullable(done.get());
  }

  public void clear() {
    byId.clear();
  }
}
