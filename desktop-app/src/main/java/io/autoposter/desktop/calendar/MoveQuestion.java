package io.autoposter.desktop.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/** Asks which instant a dragged post is meant for when the brand's clocks skip or repeat a time. */
final class MoveQuestion {

  private MoveQuestion() {}

  static Optional<MoveCheck.Choice> ask(Node owner, MoveCheck check) {
    List<ButtonType> buttons = new ArrayList<>();
    for (MoveCheck.Choice choice : check.choices()) {
      buttons.add(new ButtonType(choice.label(), ButtonBar.ButtonData.OTHER));
    }
    ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
    List<ButtonType> all = new ArrayList<>(buttons);
    all.add(cancel);
    Alert alert =
        new Alert(Alert.AlertType.CONFIRMATION, check.message(), all.toArray(ButtonType[]::new));
    alert.setTitle("The clocks change that day");
    alert.setHeaderText("The clocks change that day");
    if (owner != null && owner.getScene() != null) {
      alert.initOwner(owner.getScene().getWindow());
    }
    return alert
        .showAndWait()
        .map(buttons::indexOf)
        .filter(i -> i >= 0)
        .map(i -> check.choices().get(i));
  }
}
