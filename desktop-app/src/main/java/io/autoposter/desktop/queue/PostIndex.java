package io.autoposter.desktop.queue;

import io.autoposter.desktop.storage.LocalPost;
import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.desktop.ui.Snippets;
import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A compact, immutable, column-wise copy of what the post table needs from every visible post: id,
 * brand, networks as a bitset, status, due time and zone, a lower-cased search text and a short
 * caption snippet. Never the whole {@link Post}: with 50,000 posts it stays a few megabytes and a
 * filter is one pass over primitive arrays.
 *
 * <p>Slots are in the store's order: by due time, posts without one last.
 */
final class PostIndex {

  static final int SNIPPET_LENGTH = 140;
  private static final int NO_BRAND = -1;

  private final List<Brand> brands;
  private final ZoneId[] zones;
  private final int size;
  private final long[] idHigh;
  private final long[] idLow;
  private final short[] brand;
  private final byte[] networks;
  private final byte[] status;
  private final long[] dueMillis;
  private final boolean[] hasDue;
  private final long[] dueDay;
  private final short[] zone;
  private final String[] search;
  private final String[] snippet;
  private final String[] tags;

  private PostIndex(Builder b) {
    this.brands = List.copyOf(b.brands);
    this.zones = b.zoneList.toArray(ZoneId[]::new);
    this.size = b.size;
    this.idHigh = Arrays.copyOf(b.idHigh, size);
    this.idLow = Arrays.copyOf(b.idLow, size);
    this.brand = Arrays.copyOf(b.brand, size);
    this.networks = Arrays.copyOf(b.networks, size);
    this.status = Arrays.copyOf(b.status, size);
    this.dueMillis = Arrays.copyOf(b.dueMillis, size);
    this.hasDue = Arrays.copyOf(b.hasDue, size);
    this.dueDay = Arrays.copyOf(b.dueDay, size);
    this.zone = Arrays.copyOf(b.zone, size);
    this.search = Arrays.copyOf(b.search, size);
    this.snippet = Arrays.copyOf(b.snippet, size);
    this.tags = Arrays.copyOf(b.tags, size);
  }

  /** Reads every visible post of {@code store} once; runs on a background thread. */
  static PostIndex build(LocalStore store) {
    Builder builder = new Builder(store.brands());
    store.forEachPost(builder::add);
    return new PostIndex(builder);
  }

  static PostIndex empty() {
    return new PostIndex(new Builder(List.of()));
  }

  int size() {
    return size;
  }

  /** Brands known to the store, by name. */
  List<Brand> brands() {
    return brands;
  }

  /**
   * The slots that {@code filter} lets through in {@code mode}, in the mode's order: upcoming first
   * for the queue and drafts, newest first for history (posts without a due time last).
   */
  int[] filter(PostTableViewModel.Mode mode, PostFilter filter) {
    int statusMask = mode.statusMask() & filter.statusMask();
    int brandSlot = filter.brand() == null ? Integer.MIN_VALUE : brandSlot(filter.brand());
    int networkBit = filter.network() == null ? 0 : bit(filter.network());
    long fromDay = filter.from() == null ? Long.MIN_VALUE : filter.from().toEpochDay();
    long toDay = filter.to() == null ? Long.MAX_VALUE : filter.to().toEpochDay();
    boolean byDate = filter.from() != null || filter.to() != null;
    String[] terms = filter.terms();
    int[] out = new int[size];
    int n = 0;
    for (int i = 0; i < size; i++) {
      if ((statusMask & (1 << status[i])) == 0) {
        continue;
      }
      if (brandSlot != Integer.MIN_VALUE && brand[i] != brandSlot) {
        continue;
      }
      if (networkBit != 0 && (networks[i] & networkBit) == 0) {
        continue;
      }
      if (byDate && (!hasDue[i] || dueDay[i] < fromDay || dueDay[i] > toDay)) {
        continue;
      }
      if (!matches(search[i], terms)) {
        continue;
      }
      out[n++] = i;
    }
    int[] result = Arrays.copyOf(out, n);
    return mode == PostTableViewModel.Mode.HISTORY ? newestFirst(result) : result;
  }

  private static boolean matches(String text, String[] terms) {
    for (String term : terms) {
      if (!text.contains(term)) {
        return false;
      }
    }
    return true;
  }

  /** Reverses the dated slots (oldest first in the store) and keeps undated ones last. */
  private int[] newestFirst(int[] slots) {
    int dated = 0;
    while (dated < slots.length && hasDue[slots[dated]]) {
      dated++;
    }
    int[] out = new int[slots.length];
    for (int i = 0; i < dated; i++) {
      out[i] = slots[dated - 1 - i];
    }
    System.arraycopy(slots, dated, out, dated, slots.length - dated);
    return out;
  }

  private int brandSlot(BrandId id) {
    for (int i = 0; i < brands.size(); i++) {
      if (brands.get(i).id().equals(id)) {
        return i;
      }
    }
    return Integer.MAX_VALUE; // matches nothing
  }

  // ---- reading one slot ----

  PostId id(int slot) {
    return new PostId(new UUID(idHigh[slot], idLow[slot]));
  }

  /** The post's brand, or null when the store no longer knows it. */
  Brand brand(int slot) {
    return brand[slot] == NO_BRAND ? null : brands.get(brand[slot]);
  }

  Set<Network> networks(int slot) {
    Set<Network> set = EnumSet.noneOf(Network.class);
    for (Network network : Network.values()) {
      if ((networks[slot] & bit(network)) != 0) {
        set.add(network);
      }
    }
    return set;
  }

  PostStatus status(int slot) {
    return PostStatus.values()[status[slot]];
  }

  /** The due time, or null for a post without one. */
  Instant dueAt(int slot) {
    return hasDue[slot] ? Instant.ofEpochMilli(dueMillis[slot]) : null;
  }

  ZoneId zone(int slot) {
    return zones[zone[slot]];
  }

  String snippet(int slot) {
    return snippet[slot];
  }

  String tags(int slot) {
    return tags[slot];
  }

  static int bit(Network network) {
    return 1 << network.ordinal();
  }

  /** Collects posts into growing primitive arrays. */
  private static final class Builder {
    private final List<Brand> brands;
    private final Map<BrandId, Short> brandSlots = new HashMap<>();
    private final List<ZoneId> zoneList = new ArrayList<>();
    private final Map<ZoneId, Short> zoneSlots = new HashMap<>();
    private int size;
    private long[] idHigh = new long[256];
    private long[] idLow = new long[256];
    private short[] brand = new short[256];
    private byte[] networks = new byte[256];
    private byte[] status = new byte[256];
    private long[] dueMillis = new long[256];
    private boolean[] hasDue = new boolean[256];
    private long[] dueDay = new long[256];
    private short[] zone = new short[256];
    private String[] search = new String[256];
    private String[] snippet = new String[256];
    private String[] tags = new String[256];

    Builder(List<Brand> brands) {
      this.brands = brands;
      for (int i = 0; i < brands.size(); i++) {
        brandSlots.put(brands.get(i).id(), (short) i);
      }
    }

    void add(LocalPost local) {
      Post post = local.post();
      if (size == idHigh.length) {
        grow(size * 2);
      }
      int i = size++;
      idHigh[i] = post.id().value().getMostSignificantBits();
      idLow[i] = post.id().value().getLeastSignificantBits();
      brand[i] = brandSlots.getOrDefault(post.brandId(), (short) NO_BRAND);
      byte bits = 0;
      for (Network network : post.networks()) {
        bits |= (byte) bit(network);
      }
      networks[i] = bits;
      status[i] = (byte) post.status().ordinal();
      hasDue[i] = post.dueAt() != null;
      if (hasDue[i]) {
        dueMillis[i] = post.dueAt().toEpochMilli();
        dueDay[i] = LocalDate.ofInstant(post.dueAt(), post.zone()).toEpochDay();
      }
      zone[i] = zoneSlots.computeIfAbsent(post.zone(), this::newZone);
      String tagText = String.join(", ", post.tags());
      tags[i] = tagText;
      snippet[i] = Snippets.of(post.caption(), SNIPPET_LENGTH);
      search[i] =
          (post.caption() + '\n' + post.firstComment() + '\n' + String.join("\n", post.tags()))
              .toLowerCase(Locale.ROOT);
    }

    private short newZone(ZoneId id) {
      zoneList.add(id);
      return (short) (zoneList.size() - 1);
    }

    private void grow(int capacity) {
      idHigh = Arrays.copyOf(idHigh, capacity);
      idLow = Arrays.copyOf(idLow, capacity);
      brand = Arrays.copyOf(brand, capacity);
      networks = Arrays.copyOf(networks, capacity);
      status = Arrays.copyOf(status, capacity);
      dueMillis = Arrays.copyOf(dueMillis, capacity);
      hasDue = Arrays.copyOf(hasDue, capacity);
      dueDay = Arrays.copyOf(dueDay, capacity);
      zone = Arrays.copyOf(zone, capacity);
      search = Arrays.copyOf(search, capacity);
      snippet = Arrays.copyOf(snippet, capacity);
      tags = Arrays.copyOf(tags, capacity);
    }
  }
}
