package io.autoposter.server.sync;

import io.autoposter.model.MediaRef;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.SocialAccountId;
import io.autoposter.model.sync.HybridTimestamp;
import io.autoposter.model.sync.PostPatch;
import io.autoposter.model.sync.SetDelta;
import io.autoposter.model.sync.TextField;
import io.autoposter.server.store.MergeRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The merge rules of docs/sync-protocol.md for one {@code post.edit}, without any I/O: the stored
 * post and its merge record plus a patch give the merged post, the new merge record and the text
 * conflicts to open. Builds the patch that survives the rules and applies it with the same {@link
 * PostPatch#applyTo} the desktops use.
 */
final class PostMerge {

  /** A text edit the server did not apply because another client changed the field meanwhile. */
  record TextConflict(String field, String keptText, MergeRecord.Edit kept, String incomingText) {}

  /**
   * @param postChanged whether {@code post} differs from the stored one
   * @param reAdded whether an add refreshed the record of an element the post already had: the post
   *     is unchanged, but devices must get a version at which they have seen that add, or their
   *     removals of the element would lose to it for ever
   * @param merge the new merge record; it may also change alone (a clock of an equal value)
   */
  record Result(
      Post post,
      MergeRecord merge,
      List<TextConflict> conflicts,
      boolean postChanged,
      boolean reAdded) {

    /** Whether the post gets a change-log entry. */
    boolean logged() {
      return postChanged || reAdded;
    }
  }

  private final Post stored;
  private final HybridTimestamp rowStamp;
  private final long baseVersion;
  private final Author author;
  private final Map<String, MergeRecord.Stamp> clocks;
  private final Map<String, MergeRecord.Edit> texts;
  private final Map<String, Map<String, MergeRecord.Add>> adds;
  private final MergeRecord record;
  private final List<TextConflict> conflicts = new ArrayList<>();
  private boolean reAdded;

  private PostMerge(
      Post stored, HybridTimestamp rowStamp, MergeRecord record, long baseVersion, Author author) {
    this.stored = stored;
    this.rowStamp = rowStamp;
    this.record = record;
    this.baseVersion = baseVersion;
    this.author = author;
    this.clocks = new HashMap<>(record.clocks());
    this.texts = new HashMap<>(record.texts());
    this.adds = new HashMap<>(record.adds());
  }

  /**
   * Merges {@code patch}, made by {@code author} on top of version {@code baseVersion}, into the
   * stored post.
   *
   * @param rowStamp the post's newest stamp: the clock of every field a pre-v3 record lacks
   * @throws IllegalArgumentException when the merged post is not a valid post
   */
  static Result edit(
      Post stored,
      HybridTimestamp rowStamp,
      MergeRecord record,
      PostPatch patch,
      long baseVersion,
      Author author) {
    return new PostMerge(stored, rowStamp, record, baseVersion, author).merge(patch);
  }

  /** The merge record of a post a client just created: every field and element is its own. */
  static MergeRecord created(Post post, Author author) {
    Map<String, MergeRecord.Stamp> clocks = new HashMap<>();
    for (String field : List.of(MergeRecord.SCHEDULE, MergeRecord.STATUS, MergeRecord.BRAND)) {
      clocks.put(field, author.stamp());
    }
    Map<String, MergeRecord.Edit> texts = new HashMap<>();
    texts.put(TextField.CAPTION, author.edit());
    if (!post.firstComment().isEmpty()) {
      texts.put(TextField.FIRST_COMMENT, author.edit());
    }
    post.variants()
        .keySet()
        .forEach(network -> texts.put(TextField.variant(network), author.edit()));
    post.altTexts().keySet().forEach(sha256 -> texts.put(TextField.altText(sha256), author.edit()));
    Map<String, Map<String, MergeRecord.Add>> adds = new HashMap<>();
    addAll(adds, MergeRecord.NETWORKS, post.networks(), Network::name, author);
    addAll(adds, MergeRecord.TARGETS, post.targets(), SocialAccountId::toString, author);
    addAll(adds, MergeRecord.MEDIA, post.media(), MediaRef::sha256, author);
    addAll(adds, MergeRecord.TAGS, post.tags(), Function.identity(), author);
    return new MergeRecord(
        clocks, texts, adds, Map.of(author.client().toString(), author.edit()), null);
  }

  private Result merge(PostPatch patch) {
    PostPatch accepted =
        new PostPatch(
            lastWriterWins(MergeRecord.BRAND, patch.brandId()),
            text(TextField.CAPTION, patch.caption()),
            text(TextField.FIRST_COMMENT, patch.firstComment()),
            variants(patch.variants()),
            lastWriterWins(MergeRecord.SCHEDULE, patch.schedule()),
            lastWriterWins(MergeRecord.STATUS, patch.status()),
            set(MergeRecord.NETWORKS, patch.networks(), stored.networks(), Network::name),
            set(MergeRecord.TARGETS, patch.targets(), stored.targets(), SocialAccountId::toString),
            set(MergeRecord.MEDIA, patch.media(), stored.media(), MediaRef::sha256),
            altTexts(patch.altTexts()),
            set(MergeRecord.TAGS, normalized(patch.tags()), stored.tags(), Function.identity()));
    Post merged = accepted.applyTo(stored);
    boolean postChanged = !merged.equals(stored);
    MergeRecord next = new MergeRecord(clocks, texts, adds, record.edits(), record.deleted());
    if (postChanged) {
      next = next.withEdit(author.edit());
    }
    return new Result(merged, next, List.copyOf(conflicts), postChanged, reAdded);
  }

  /** Schedule, status and brand: the newer stamp wins, per field. */
  private <T> T lastWriterWins(String field, T value) {
    if (value == null || !author.winsOver(record.clock(field, rowStamp))) {
      return null;
    }
    clocks.put(field, author.stamp());
    return value;
  }

  /**
   * Caption, first comment, a variant: applied unless another client changed the field after the
   * edit's base version; then the stored text stays and a conflict keeps the incoming one.
   */
  private String text(String field, String incoming) {
    if (incoming == null) {
      return null;
    }
    String current = TextField.read(stored, field);
    if (incoming.equals(current)) {
      return null;
    }
    MergeRecord.Edit last = texts.get(field);
    if (last != null && author.missed(last.version(), last.client(), baseVersion)) {
      conflicts.add(new TextConflict(field, current, last, incoming));
      return null;
    }
    texts.put(field, author.edit());
    return incoming;
  }

  private Map<Network, String> variants(Map<Network, String> incoming) {
    if (incoming == null) {
      return null;
    }
    Map<Network, String> accepted = new EnumMap<>(Network.class);
    incoming.forEach(
        (network, text) -> {
          String kept = text(TextField.variant(network), text);
          if (kept != null) {
            accepted.put(network, kept);
          }
        });
    return accepted;
  }

  /**
   * Alt texts are text fields of their own, one per picture: a concurrent edit of the same
   * picture's description becomes a conflict, edits of different pictures both land.
   */
  private Map<String, String> altTexts(Map<String, String> incoming) {
    if (incoming == null) {
      return null;
    }
    Map<String, String> accepted = new TreeMap<>();
    incoming.forEach(
        (sha256, text) -> {
          String kept = text(TextField.altText(sha256), text);
          if (kept != null) {
            accepted.put(sha256, kept);
          }
        });
    return accepted;
  }

  /**
   * Add-wins: every add lands and becomes the element's last add; a removal only takes an element
   * whose last add the remover had seen (at or before its base version) or made itself.
   */
  private <T> SetDelta<T> set(
      String set, SetDelta<T> delta, Collection<T> current, Function<T, String> key) {
    if (delta == null) {
      return null;
    }
    Map<String, MergeRecord.Add> records = new HashMap<>(adds.getOrDefault(set, Map.of()));
    Map<String, T> present = new HashMap<>();
    current.forEach(element -> present.put(key.apply(element), element));
    List<T> removed = new ArrayList<>();
    for (T element : delta.removed()) {
      String elementKey = key.apply(element);
      T stored = present.get(elementKey);
      MergeRecord.Add last = records.get(elementKey);
      if (stored != null
          && (last == null || !author.missed(last.version(), last.client(), baseVersion))) {
        removed.add(stored);
        records.remove(elementKey);
      }
    }
    List<T> added = new ArrayList<>();
    for (T element : delta.added()) {
      records.put(key.apply(element), author.add());
      if (present.containsKey(key.apply(element))) {
        reAdded = true;
      } else {
        added.add(element);
      }
    }
    if (records.isEmpty()) {
      adds.remove(set);
    } else {
      adds.put(set, records);
    }
    return new SetDelta<>(added, removed);
  }

  private static SetDelta<String> normalized(SetDelta<String> tags) {
    return tags == null
        ? null
        : new SetDelta<>(
            tags.added().stream().map(Post::normalizeTag).toList(),
            tags.removed().stream().map(Post::normalizeTag).toList());
  }

  private static <T> void addAll(
      Map<String, Map<String, MergeRecord.Add>> adds,
      String set,
      Collection<T> elements,
      Function<T, String> key,
      Author author) {
    if (elements.isEmpty()) {
      return;
    }
    Map<String, MergeRecord.Add> records = new HashMap<>();
    elements.forEach(element -> records.put(key.apply(element), author.add()));
    adds.put(set, records);
  }
}
