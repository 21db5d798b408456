package io.autoposter.server.store;

import io.autoposter.model.ClientId;
import io.autoposter.model.UserId;
import io.autoposter.model.sync.HybridTimestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the server remembers beside a post to merge field-level edits (ADR 0007): never sent to
 * clients. Missing entries mean "set before anyone tracked it": version 0, by no client.
 *
 * @param clocks per last-writer-wins field ({@link #SCHEDULE}, {@link #STATUS}, {@link #BRAND}) the
 *     stamp that set it
 * @param texts per text field name (io.autoposter.model.sync.TextField) its last change
 * @param adds per set ({@link #NETWORKS}, {@link #TARGETS}, {@link #MEDIA}, {@link #TAGS}) and
 *     element key the last add of that element
 * @param edits per client id the last change that client made to the post
 * @param deleted who deleted the post, while it is deleted
 */
public record MergeRecord(
    Map<String, Stamp> clocks,
    Map<String, Edit> texts,
    Map<String, Map<String, Add>> adds,
    Map<String, Edit> edits,
    Edit deleted) {

  public static final String SCHEDULE = "schedule";
  public static final String STATUS = "status";
  public static final String BRAND = "brand";
  public static final String NETWORKS = "networks";
  public static final String TARGETS = "targets";
  public static final String MEDIA = "media";
  public static final String TAGS = "tags";

  public static final MergeRecord EMPTY = new MergeRecord(null, null, null, null, null);

  public MergeRecord {
    clocks = clocks == null ? Map.of() : Map.copyOf(clocks);
    texts = texts == null ? Map.of() : Map.copyOf(texts);
    adds = adds == null ? Map.of() : Map.copyOf(adds);
    edits = edits == null ? Map.of() : Map.copyOf(edits);
  }

  /** The stamp that last set a last-writer-wins field; {@code client} is null for the server. */
  public record Stamp(HybridTimestamp hlc, ClientId client) {
    public Stamp {
      Objects.requireNonNull(hlc, "hlc");
    }
  }

  /** A change made by a client mutation: at which version, by whom, when the server got it. */
  public record Edit(long version, ClientId client, UserId user, Instant at) {
    public Edit {
      Objects.requireNonNull(client, "client");
      Objects.requireNonNull(at, "at");
    }
  }

  /** The add that last put an element into a set. */
  public record Add(long version, ClientId client) {
    public Add {
      Objects.requireNonNull(client, "client");
    }
  }

  /** The stamp that set {@code field}; a post from before v3 counts as set by its row stamp. */
  public Stamp clock(String field, HybridTimestamp rowStamp) {
    return clocks.getOrDefault(field, new Stamp(rowStamp, null));
  }

  /** The record noting {@code edit} as its client's last change of the post. */
  public MergeRecord withEdit(Edit edit) {
    HashMap<String, Edit> changed = new HashMap<>(edits);
    changed.put(edit.client().toString(), edit);
    return new MergeRecord(clocks, texts, adds, changed, deleted);
  }

  /** The record of a post {@code deletion} deleted. */
  public MergeRecord deletedBy(Edit deletion) {
    return new MergeRecord(clocks, texts, adds, edits, Objects.requireNonNull(deletion));
  }

  /** The record of a deleted post that an edit brought back. */
  public MergeRecord restored() {
    return new MergeRecord(clocks, texts, adds, edits, null);
  }

  /** The record with the status clock moved by the server (the publisher). */
  public MergeRecord withServerStatus(HybridTimestamp hlc) {
    HashMap<String, Stamp> moved = new HashMap<>(clocks);
    moved.put(STATUS, new Stamp(hlc, null));
    return new MergeRecord(moved, texts, adds, edits, deleted);
  }
}
