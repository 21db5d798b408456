package io.autoposter.desktop.brands;

import io.autoposter.model.Brand;
import io.autoposter.model.HashtagGroup;
import io.autoposter.model.PostingSlot;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The posting slots and hashtag groups part of the brand form: edited here, saved with the brand.
 * Slots are checked as they are added; groups when the brand is saved, so a half-typed group stays
 * as typed.
 */
public final class BrandScheduleEditor {

  private static final DateTimeFormatter TIME_INPUT =
      DateTimeFormatter.ofPattern("H:mm", Locale.ROOT);
  private static final DateTimeFormatter TIME_OUTPUT =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

  // ---- Properties ----
  private final ObservableList<PostingSlot> slots = FXCollections.observableArrayList();
  private final ObservableList<HashtagGroupDraft> groups = FXCollections.observableArrayList();
  private final ObjectProperty<DayOfWeek> newDay = new SimpleObjectProperty<>(DayOfWeek.MONDAY);
  private final StringProperty newTime = new SimpleStringProperty("09:00");
  private final ReadOnlyStringWrapper slotError = new ReadOnlyStringWrapper("");

  public ObservableList<PostingSlot> slots() {
    return slots;
  }

  public ObservableList<HashtagGroupDraft> groups() {
    return groups;
  }

  /** The day of the slot to add. */
  public ObjectProperty<DayOfWeek> newDayProperty() {
    return newDay;
  }

  /** The time of the slot to add, as typed (H:mm). */
  public StringProperty newTimeProperty() {
    return newTime;
  }

  /** Why the last slot could not be added; empty when it could. */
  public ReadOnlyStringProperty slotErrorProperty() {
    return slotError.getReadOnlyProperty();
  }

  // ---- Commands ----

  /** Shows {@code brand}'s slots and groups; null (a new brand) shows none. */
  void load(Brand brand) {
    slots.setAll(brand == null ? List.of() : brand.postingSlots());
    groups.setAll(
        brand == null
            ? List.of()
            : brand.hashtagGroups().stream().map(HashtagGroupDraft::of).toList());
    newDay.set(DayOfWeek.MONDAY);
    newTime.set("09:00");
    slotError.set("");
  }

  /** Adds the slot of {@link #newDayProperty()} at {@link #newTimeProperty()}, kept sorted. */
  public void addSlot() {
    Optional<LocalTime> time = parseTime(newTime.get());
    if (time.isEmpty()) {
      slotError.set("Type the time as hours and minutes, like 09:30.");
      return;
    }
    PostingSlot slot = new PostingSlot(newDay.get(), time.get());
    if (slots.contains(slot)) {
      slotError.set(label(slot) + " is already a posting slot.");
      return;
    }
    if (slots.size() >= Brand.MAX_POSTING_SLOTS) {
      slotError.set("A brand has at most " + Brand.MAX_POSTING_SLOTS + " posting slots.");
      return;
    }
    List<PostingSlot> sorted = new ArrayList<>(slots);
    sorted.add(slot);
    sorted.sort(null);
    slots.setAll(sorted);
    slotError.set("");
  }

  public void removeSlot(PostingSlot slot) {
    slots.remove(slot);
    slotError.set("");
  }

  /** Adds an empty group at the end, named "New group" (numbered when that name is taken). */
  public HashtagGroupDraft addGroup() {
    String name = "New group";
    for (int n = 2; nameTaken(name); n++) {
      name = "New group " + n;
    }
    HashtagGroupDraft draft = new HashtagGroupDraft(name, "");
    groups.add(draft);
    return draft;
  }

  public void removeGroup(HashtagGroupDraft draft) {
    groups.remove(draft);
  }

  /** The groups as typed; IllegalArgumentException says which one is wrong and why. */
  List<HashtagGroup> hashtagGroups() {
    if (groups.size() > Brand.MAX_HASHTAG_GROUPS) {
      throw new IllegalArgumentException(
          "A brand has at most " + Brand.MAX_HASHTAG_GROUPS + " hashtag groups.");
    }
    List<HashtagGroup> result = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (HashtagGroupDraft draft : groups) {
      HashtagGroup group = draft.toGroup();
      if (!names.add(group.name().toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            "Two hashtag groups are called “" + group.name() + "”; give each its own name.");
      }
      result.add(group);
    }
    return result;
  }

  List<PostingSlot> postingSlots() {
    return List.copyOf(slots);
  }

  /** "Mon 09:00". */
  public static String label(PostingSlot slot) {
    return slot.day().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
        + " "
        + TIME_OUTPUT.format(slot.time());
  }

  private boolean nameTaken(String name) {
    return groups.stream().anyMatch(g -> name.equalsIgnoreCase(g.nameProperty().get().strip()));
  }

  private static Optional<LocalTime> parseTime(String text) {
    try {
      return text == null
          ? Optional.empty()
          : Optional.of(LocalTime.parse(text.strip(), TIME_INPUT));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
