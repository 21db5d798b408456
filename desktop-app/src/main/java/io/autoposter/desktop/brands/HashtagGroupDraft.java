package io.autoposter.desktop.brands;

import io.autoposter.model.HashtagGroup;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A hashtag group as it is being edited: the name and the tags as typed ("#pasta #roma"), kept as
 * text until save so nothing typed is lost while it is not yet valid.
 */
public final class HashtagGroupDraft {
  private final StringProperty name = new SimpleStringProperty("");
  private final StringProperty tags = new SimpleStringProperty("");

  HashtagGroupDraft(String name, String tags) {
    this.name.set(name);
    this.tags.set(tags);
  }

  static HashtagGroupDraft of(HashtagGroup group) {
    return new HashtagGroupDraft(group.name(), String.join(" ", group.tags()));
  }

  public StringProperty nameProperty() {
    return name;
  }

  /** The tags separated by spaces or commas; a missing {@code #} is added on save. */
  public StringProperty tagsProperty() {
    return tags;
  }

  /** The group this draft describes; IllegalArgumentException says what is wrong with it. */
  HashtagGroup toGroup() {
    String typed = name.get() == null ? "" : name.get().strip();
    if (typed.isEmpty()) {
      throw new IllegalArgumentException("Give every hashtag group a name.");
    }
    List<String> parsed = HashtagGroup.parse(tags.get());
    return new HashtagGroup(typed, parsed);
  }
}
