package io.autoposter.desktop.workspace;

import io.autoposter.model.Network;
import io.autoposter.model.rules.XThread;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The caption editor's scope: the main caption every network gets, or one network's own caption (an
 * override). The editor shows {@link #editorTextProperty()}; while a network is in scope, typing
 * there writes that network's override, and an override equal to the main caption is no override.
 */
final class CaptionVariants {

  private final StringProperty caption;
  private final ObjectProperty<Network> scope = new SimpleObjectProperty<>();
  private final StringProperty editorText = new SimpleStringProperty("");
  private final ObservableMap<Network, String> overrides =
      FXCollections.observableMap(new EnumMap<>(Network.class));
  private final ReadOnlyStringWrapper scopeHint = new ReadOnlyStringWrapper("");
  private boolean syncing;

  CaptionVariants(StringProperty caption) {
    this.caption = Objects.requireNonNull(caption, "caption");
    editorText.set(text(caption.get()));
    editorText.addListener((obs, old, now) -> typed(text(now)));
    caption.addListener((obs, old, now) -> captionChanged());
    scope.addListener((obs, old, now) -> show());
    overrides.addListener(
        (javafx.collections.MapChangeListener<Network, String>) change -> updateHint());
  }

  /** Null for the main caption, else the network whose own caption is edited. */
  ObjectProperty<Network> scopeProperty() {
    return scope;
  }

  /** What the caption editor shows and edits. */
  StringProperty editorTextProperty() {
    return editorText;
  }

  /** The networks with their own caption, and those captions. */
  ObservableMap<Network, String> overrides() {
    return overrides;
  }

  /** A line under the scope switch saying what the editor is editing. */
  ReadOnlyStringProperty scopeHintProperty() {
    return scopeHint;
  }

  boolean hasOverride(Network network) {
    return overrides.containsKey(network);
  }

  /** Drops {@code network}'s own caption: it gets the main caption again. */
  void reset(Network network) {
    overrides.remove(network);
    if (network == scope.get()) {
      show();
    }
  }

  /** Replaces every override, as when a post is loaded into the form. */
  void load(Map<Network, String> variants) {
    overrides.clear();
    overrides.putAll(variants);
    scope.set(null);
    show();
  }

  /**
   * Replaces every override without moving the editor (an undo): the network being edited stays in
   * scope and shows its restored text.
   */
  void restore(Map<Network, String> variants) {
    if (!overrides.equals(variants)) {
      overrides.clear();
      overrides.putAll(variants);
    }
    show();
  }

  /** The overrides as a post stores them. */
  Map<Network, String> asMap() {
    return Map.copyOf(overrides);
  }

  private void typed(String text) {
    if (syncing) {
      return;
    }
    Network network = scope.get();
    if (network == null) {
      syncing = true;
      try {
        caption.set(text);
      } finally {
        syncing = false;
      }
    } else if (text.equals(text(caption.get()))) {
      overrides.remove(network);
    } else {
      overrides.put(network, text);
    }
  }

  private void captionChanged() {
    if (!syncing && scope.get() == null) {
      show();
    }
  }

  private void show() {
    syncing = true;
    try {
      Network network = scope.get();
      editorText.set(
          network == null
              ? text(caption.get())
              : overrides.getOrDefault(network, text(caption.get())));
    } finally {
      syncing = false;
    }
    updateHint();
  }

  private void updateHint() {
    Network network = scope.get();
    if (network == null) {
      int own = overrides.size();
      scopeHint.set(
          own == 0
              ? "Every network gets this caption."
              : own == 1
                  ? "Every network gets this caption, except one with its own."
                  : "Every network gets this caption, except " + own + " with their own.");
    } else {
      String hint =
          overrides.containsKey(network)
              ? network.displayName() + " gets its own caption."
              : network.displayName() + " gets the main caption; type here to give it its own.";
      scopeHint.set(
          network == Network.X
              ? hint
                  + " A line holding only "
                  + XThread.SEPARATOR
                  + " starts the next tweet of a thread."
              : hint);
    }
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
