package io.autoposter.desktop.workspace;

import io.autoposter.model.MediaRef;
import io.autoposter.model.Network;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * Drives {@link ComposeHistory} from the composer's properties: every change of the form is
 * recorded (typing in one text field within a second is one step), and undo or redo puts a whole
 * earlier form back. Autosave is not a step: it saves whatever the form holds, so an undone text
 * stays reachable with redo until the form is left or saved with a button.
 */
final class ComposeUndo {

  static final int STEPS = 100;
  static final Duration BURST = Duration.ofSeconds(1);

  /** The parts of the form undo covers (not the tag being typed, nor messages). */
  record FormState(
      String caption,
      Map<Network, String> variants,
      String firstComment,
      Set<Network> networks,
      List<MediaRef> media,
      Map<String, String> altTexts,
      Set<String> tags,
      LocalDate dueDate,
      String dueTime,
      Instant dueChoice) {}

  private final StringProperty caption;
  private final CaptionVariants variants;
  private final StringProperty firstComment;
  private final Map<Network, BooleanProperty> networks;
  private final ObservableList<MediaItem> media;
  private final MediaEditing editing;
  private final ObservableList<String> tags;
  private final ObjectProperty<LocalDate> dueDate;
  private final StringProperty dueTime;
  private final ObjectProperty<Instant> dueChoice;
  private final Function<MediaRef, MediaItem> itemOf;
  private final Clock clock;
  private final ComposeHistory<FormState> history;
  private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
  private boolean restoring;

  ComposeUndo(
      StringProperty caption,
      CaptionVariants variants,
      StringProperty firstComment,
      Map<Network, BooleanProperty> networks,
      ObservableList<MediaItem> media,
      MediaEditing editing,
      ObservableList<String> tags,
      ObjectProperty<LocalDate> dueDate,
      StringProperty dueTime,
      ObjectProperty<Instant> dueChoice,
      Function<MediaRef, MediaItem> itemOf,
      Clock clock) {
    this.caption = caption;
    this.variants = variants;
    this.firstComment = firstComment;
    this.networks = networks;
    this.media = media;
    this.editing = editing;
    this.tags = tags;
    this.dueDate = dueDate;
    this.dueTime = dueTime;
    this.dueChoice = dueChoice;
    this.itemOf = itemOf;
    this.clock = clock;
    this.history = new ComposeHistory<>(STEPS, BURST, snapshot());
    caption.addListener(o -> changed("caption"));
    firstComment.addListener(o -> changed("firstComment"));
    variants.overrides().addListener((Observable o) -> changed("variants"));
    dueTime.addListener(o -> changed("dueTime"));
    List<Observable> others = List.of(media, editing.altTexts(), tags, dueDate, dueChoice);
    others.forEach(o -> o.addListener(ignored -> changed(null)));
    networks.values().forEach(on -> on.addListener(ignored -> changed(null)));
  }

  ReadOnlyBooleanProperty canUndoProperty() {
    return canUndo.getReadOnlyProperty();
  }

  ReadOnlyBooleanProperty canRedoProperty() {
    return canRedo.getReadOnlyProperty();
  }

  /** The form as it stands is where undo stops (a post loaded, a new post, a save). */
  void reset() {
    history.reset(snapshot());
    show();
  }

  /** Stops recording while a post is loaded into the form; {@link #resume} ends it. */
  void pause() {
    restoring = true;
  }

  /**
   * Records again after a load: a different post (or a new one) starts an empty history; the same
   * post reloaded (a sync brought its newest copy) keeps the steps made so far, so an undo still
   * reaches them.
   */
  void resume(boolean samePost) {
    restoring = false;
    if (samePost) {
      history.replaceCurrent(snapshot());
      show();
    } else {
      reset();
    }
  }

  /** Ends the current typing burst (focus moved elsewhere). */
  void breakBurst() {
    history.breakBurst();
  }

  /** Runs {@code edit}, which changes several parts of the form, as one step. */
  void asOneStep(Runnable edit) {
    boolean outer = !restoring;
    restoring = true;
    try {
      edit.run();
    } finally {
      restoring = !outer;
    }
    if (outer) {
      changed(null);
    }
  }

  void undo() {
    history.undo().ifPresent(this::restore);
  }

  void redo() {
    history.redo().ifPresent(this::restore);
  }

  private void changed(String field) {
    if (restoring) {
      return;
    }
    history.record(snapshot(), field, clock.instant());
    show();
  }

  private FormState snapshot() {
    Set<Network> chosen = EnumSet.noneOf(Network.class);
    networks.forEach(
        (network, on) -> {
          if (on.get()) {
            chosen.add(network);
          }
        });
    List<MediaRef> refs = media.stream().map(MediaItem::ref).toList();
    return new FormState(
        caption.get() == null ? "" : caption.get(),
        variants.asMap(),
        firstComment.get() == null ? "" : firstComment.get(),
        chosen,
        refs,
        editing.forPost(refs),
        Set.copyOf(tags),
        dueDate.get(),
        dueTime.get() == null ? "" : dueTime.get(),
        dueChoice.get());
  }

  private void restore(FormState state) {
    restoring = true;
    try {
      caption.set(state.caption());
      variants.restore(state.variants());
      firstComment.set(state.firstComment());
      networks.forEach((network, on) -> on.set(state.networks().contains(network)));
      media.setAll(state.media().stream().map(itemOf).toList());
      editing.load(state.altTexts());
      tags.setAll(state.tags().stream().sorted().toList());
      dueChoice.set(state.dueChoice());
      dueDate.set(state.dueDate());
      dueTime.set(state.dueTime());
    } finally {
      restoring = false;
    }
    show();
  }

  private void show() {
    canUndo.set(history.canUndo());
    canRedo.set(history.canRedo());
  }
}
