package io.autoposter.desktop.workspace;

import atlantafx.base.theme.Styles;
import io.autoposter.model.Network;
import java.util.Locale;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Above the caption: "All networks" plus one toggle per chosen network, to give a network its own
 * caption; a network with its own caption is marked, and can go back to the main one.
 */
final class CaptionScopeBar extends VBox {

  private final ComposeViewModel model;
  private final FlowPane toggles = new FlowPane(6, 6);
  private ToggleGroup group = new ToggleGroup();
  private boolean rebuilding;

  CaptionScopeBar(ComposeViewModel model) {
    super(4);
    this.model = model;
    setId("captionScope");
    getStyleClass().add("caption-scope");
    Label hint = new Label();
    hint.setId("captionScopeHint");
    hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    hint.setWrapText(true);
    hint.textProperty().bind(model.captionScopeHintProperty());
    HBox.setHgrow(hint, Priority.ALWAYS);
    hint.setMaxWidth(Double.MAX_VALUE);
    Button useMain = new Button("Use main caption");
    useMain.setId("useMainCaption");
    useMain.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
    useMain.setOnAction(
        e -> {
          Network network = model.captionScopeProperty().get();
          if (network != null) {
            model.useMainCaption(network);
          }
        });
    HBox hintLine = new HBox(8, hint, useMain);
    hintLine.setAlignment(Pos.CENTER_LEFT);
    getChildren().addAll(toggles, hintLine);

    for (Network network : Network.values()) {
      model.networkProperty(network).addListener((obs, was, now) -> rebuild());
    }
    // A keystroke replaces a value (added and removed at once); only a new or dropped key matters.
    model
        .ownCaptions()
        .addListener(
            (MapChangeListener<Network, String>)
                c -> {
                  if (c.wasAdded() != c.wasRemoved()) {
                    rebuild();
                  }
                });
    model
        .captionScopeProperty()
        .addListener(
            (obs, was, now) -> {
              rebuild();
              updateUseMain(useMain);
            });
    model
        .ownCaptions()
        .addListener((MapChangeListener<Network, String>) c -> updateUseMain(useMain));
    model.readOnlyProperty().addListener((obs, was, now) -> updateUseMain(useMain));
    rebuild();
    updateUseMain(useMain);
  }

  private ToggleGroup newGroup() {
    ToggleGroup fresh = new ToggleGroup();
    fresh
        .selectedToggleProperty()
        .addListener(
            (obs, was, now) -> {
              if (rebuilding) {
                return;
              }
              if (now == null) {
                // A toggle group lets the user unselect; keep one scope selected.
                if (was != null) {
                  fresh.selectToggle(was);
                }
                return;
              }
              model.captionScopeProperty().set((Network) now.getUserData());
            });
    return fresh;
  }

  private void updateUseMain(Button useMain) {
    Network network = model.captionScopeProperty().get();
    boolean show =
        network != null
            && model.ownCaptions().containsKey(network)
            && !model.readOnlyProperty().get();
    useMain.setVisible(show);
    useMain.setManaged(show);
  }

  private void rebuild() {
    rebuilding = true;
    try {
      // A new group each time: JavaFX 25.0.4 leaves a toggle taken out of its group listening to
      // it, and the next selection there fails.
      group = newGroup();
      toggles.getChildren().clear();
      toggles.getChildren().add(toggle("All networks", null));
      int chosen = 0;
      for (Network network : Network.values()) {
        if (model.networkProperty(network).get()) {
          chosen++;
          String label =
              model.ownCaptions().containsKey(network)
                  ? network.displayName() + " · own"
                  : network.displayName();
          toggles.getChildren().add(toggle(label, network));
        }
      }
      // Selected only once in the scene graph: JavaFX 25 fails selecting a parentless toggle.
      group.getToggles().stream()
          .filter(t -> t.getUserData() == model.captionScopeProperty().get())
          .findFirst()
          .ifPresent(group::selectToggle);
      // With one network there is nothing to tell apart.
      boolean show = chosen > 1 || !model.ownCaptions().isEmpty();
      setVisible(show);
      setManaged(show);
    } finally {
      rebuilding = false;
    }
  }

  private ToggleButton toggle(String text, Network network) {
    ToggleButton button = new ToggleButton(text);
    button.setId(
        network == null ? "scope-all" : "scope-" + network.name().toLowerCase(Locale.ROOT));
    button.getStyleClass().addAll(Styles.SMALL, "scope-toggle");
    if (network != null && model.ownCaptions().containsKey(network)) {
      button.getStyleClass().add("scope-own");
    }
    button.setUserData(network);
    button.setToggleGroup(group);
    return button;
  }
}
