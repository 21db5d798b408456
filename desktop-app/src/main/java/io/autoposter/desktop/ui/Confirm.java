package io.autoposter.desktop.ui;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/** A yes/no question before something that cannot be undone. */
public final class Confirm {

  private Confirm() {}

  /** Asks with a named action button ("Remove", "Delete"…); true if the user chose it. */
  public static boolean ask(Node owner, String title, String text, String action) {
    ButtonType yes = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
    ButtonType no = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, yes, no);
    alert.setTitle(title);
    alert.setHeaderText(title);
    if (owner != null && owner.getScene() != null) {
      alert.initOwner(owner.getScene().getWindow());
    }
    return alert.showAndWait().filter(yes::equals).isPresent();
  }
}
