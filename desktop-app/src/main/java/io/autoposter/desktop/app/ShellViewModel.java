package io.autoposter.desktop.app;

import io.autoposter.model.Role;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The app shell's navigation: which sections the role sees and which one is open. */
final class ShellViewModel {

  private final ObjectProperty<Section> selected = new SimpleObjectProperty<>(Section.POSTS);
  private final Role role;

  ShellViewModel(Role role) {
    this.role = Objects.requireNonNull(role, "role");
  }

  Role role() {
    return role;
  }

  List<Section> sections() {
    return Arrays.stream(Section.values()).filter(s -> s.visibleTo(role)).toList();
  }

  ObjectProperty<Section> selectedProperty() {
    return selected;
  }

  /** Opens {@code section}, or Posts if the role may not see it. */
  void open(Section section) {
    selected.set(section.visibleTo(role) ? section : Section.POSTS);
  }
}
