package io.autoposter.model.sync;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * What an edit added to and removed from one of a post's sets. The server merges these add-wins: a
 * removal only takes away an element the editor had seen (see docs/sync-protocol.md).
 */
public record SetDelta<T>(List<T> added, List<T> removed) {

  public SetDelta {
    added = distinct(added);
    removed = distinct(removed);
    for (T element : added) {
      if (removed.contains(element)) {
        throw new IllegalArgumentException("an element cannot be added and removed at once");
      }
    }
  }

  /** The change from {@code before} to {@code after}, keeping the order of {@code after}. */
  public static <T> SetDelta<T> between(Collection<T> before, Collection<T> after) {
    List<T> added = new ArrayList<>();
    for (T element : after) {
      if (!before.contains(element)) {
        added.add(element);
      }
    }
    List<T> removed = new ArrayList<>();
    for (T element : before) {
      if (!after.contains(element)) {
        removed.add(element);
      }
    }
    return new SetDelta<>(added, removed);
  }

  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty();
  }

  /** {@code base} without the removed elements and with the added ones appended, in order. */
  public List<T> applyTo(Collection<T> base) {
    LinkedHashSet<T> result = new LinkedHashSet<>(base);
    result.removeAll(removed);
    result.addAll(added);
    return List.copyOf(result);
  }

  private static <T> List<T> distinct(List<T> list) {
    if (list == null) {
      return List.of();
    }
    list.forEach(element -> Objects.requireNonNull(element, "set element"));
    return List.copyOf(new LinkedHashSet<>(list));
  }
}
