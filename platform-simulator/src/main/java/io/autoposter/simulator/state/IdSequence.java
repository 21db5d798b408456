package io.autoposter.simulator.state;

import java.util.concurrent.atomic.AtomicLong;

/** Numeric ids shaped like each platform's: Graph object ids, X snowflakes, LinkedIn share ids. */
public final class IdSequence {
  private final AtomicLong graph = new AtomicLong(17_900_000_000_000_000L);
  private final AtomicLong snowflake = new AtomicLong(1_850_000_000_000_000_000L);
  private final AtomicLong linkedIn = new AtomicLong(7_200_000_000_000_000_000L);

  /** A Graph API object id (containers, media, photos, posts, comments). */
  public String graph() {
    return Long.toString(graph.incrementAndGet());
  }

  /** An X id (tweets, media). */
  public String snowflake() {
    return Long.toString(snowflake.addAndGet(4_194_304L));
  }

  /** The number in {@code urn:li:share:{n}} or {@code urn:li:image:{n}}. */
  public String linkedIn() {
    return Long.toString(linkedIn.incrementAndGet());
  }
}
