package io.autoposter.simulator.state;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Everything published, in memory, for read-backs and for tests to count. Counts leave comments
 * out; carousel children are not items of their own (a carousel counts as one post).
 */
public final class PublishedLog {
  private final ConcurrentHashMap<String, PublishedItem> byId = new ConcurrentHashMap<>();
  private final AtomicLong sequence = new AtomicLong();
  private final Clock clock;

  public PublishedLog(Clock clock) {
    this.clock = clock;
  }

  /** The content fingerprint: SHA-256 (hex, 16 chars) of the text with whitespace collapsed. */
  public static String fingerprint(String text) {
    String normal = text == null ? "" : text.strip().replaceAll("\\s+", " ");
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Records a new item and returns it with its fingerprint and sequence filled in. */
  public PublishedItem add(
      SimulatedNetwork network,
      String account,
      String id,
      PublishedItem.Kind kind,
      String text,
      Optional<String> link,
      List<String> media,
      Optional<String> parentId,
      Instant createdAt,
      String permalink) {
    PublishedItem item =
        new PublishedItem(
            network,
            account,
            id,
            kind,
            text == null ? "" : text,
            link,
            media,
            parentId,
            createdAt,
            permalink,
            fingerprint(text),
            sequence.incrementAndGet());
    byId.put(id, item);
    return item;
  }

  public Instant now() {
    return clock.instant();
  }

  public Optional<PublishedItem> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Every item (comments included), newest first. */
  public List<PublishedItem> all() {
    return select(item -> true);
  }

  /** Items matching the filter, newest first. */
  public List<PublishedItem> select(Predicate<PublishedItem> filter) {
    return byId.values().stream()
        .filter(filter)
        .sorted(Comparator.comparingLong(PublishedItem::sequence).reversed())
        .toList();
  }

  /** Posts (no comments) on one account, newest first. */
  public List<PublishedItem> posts(SimulatedNetwork network, String account) {
    return select(i -> i.network() == network && i.account().equals(account) && !i.isComment());
  }

  /** Comments under one item, oldest first. */
  public List<PublishedItem> comments(String parentId) {
    return select(i -> i.isComment() && i.parentId().map(parentId::equals).orElse(false))
        .reversed();
  }

  /** Posts of every network (comments left out). */
  public int count() {
    return count(i -> true);
  }

  public int count(SimulatedNetwork network) {
    return count(i -> i.network() == network);
  }

  public int count(SimulatedNetwork network, String account) {
    return count(i -> i.network() == network && i.account().equals(account));
  }

  /** Posts whose text has this fingerprint, on any network. */
  public int countByFingerprint(String fingerprint) {
    return count(i -> i.fingerprint().equals(fingerprint));
  }

  /** Posts with exactly this text (after whitespace collapsing), on any network. */
  public int countWithText(String text) {
    return countByFingerprint(fingerprint(text));
  }

  public int countComments() {
    return (int) byId.values().stream().filter(PublishedItem::isComment).count();
  }

  public void clear() {
    byId.clear();
  }

  private int count(Predicate<PublishedItem> filter) {
    return (int) byId.values().stream().filter(i -> !i.isComment()).filter(filter).count();
  }
}
