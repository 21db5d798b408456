package io.autoposter.desktop.workspace;

import io.autoposter.model.MediaRef;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The alt text dialog of one picture: the text with its counter against the tightest limit of the
 * chosen networks. Typing stays in the dialog (with the field's own undo); Save hands the text to
 * the composer as one step of its history.
 */
final class AltTextViewModel {

  private final StringProperty text = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper tooLong = new ReadOnlyBooleanWrapper(false);
  private final MediaRef picture;
  private final MediaEditing.AltTextLimit limit;
  private final Consumer<String> onSave;

  AltTextViewModel(
      MediaRef picture, String current, MediaEditing.AltTextLimit limit, Consumer<String> onSave) {
    this.picture = Objects.requireNonNull(picture, "picture");
    this.limit = Objects.requireNonNull(limit, "limit");
    this.onSave = Objects.requireNonNull(onSave, "onSave");
    text.addListener((obs, was, now) -> recount());
    text.set(current == null ? "" : current);
    recount();
  }

  StringProperty textProperty() {
    return text;
  }

  /** "42 / 100 · Instagram's limit". */
  ReadOnlyStringProperty countProperty() {
    return count.getReadOnlyProperty();
  }

  /** True while the text is longer than the tightest limit: Save is off. */
  ReadOnlyBooleanProperty tooLongProperty() {
    return tooLong.getReadOnlyProperty();
  }

  MediaRef picture() {
    return picture;
  }

  /** What alt text is for, in one sentence. */
  String hint() {
    return "Describe what the picture shows for people who cannot see it, such as “A bowl of"
        + " truffle risotto on a wooden table”.";
  }

  /** Gives the text to the composer; false (nothing saved) while it is too long. */
  boolean save() {
    if (tooLong.get()) {
      return false;
    }
    onSave.accept(text.get());
    return true;
  }

  private void recount() {
    String now = text.get() == null ? "" : text.get().strip();
    int used = now.codePointCount(0, now.length());
    tooLong.set(used > limit.max());
    count.set(
        "%,d / %,d".formatted(used, limit.max())
            + (limit.network().isEmpty() ? "" : " · " + limit.network() + "'s limit"));
  }
}
