package io.autoposter.desktop.queue;

import java.time.LocalDate;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.VBox;

/** The two questions of bulk reschedule: by how many days, or to which date. */
final class RescheduleDialogs {

  private RescheduleDialogs() {}

  static Optional<Reschedule> askDays(Node owner) {
    Spinner<Integer> days = new Spinner<>(-365, 365, 1);
    days.setEditable(true);
    Label hint =
        new Label(
            "Positive numbers move later, negative earlier. Each post keeps its time of day.");
    hint.setWrapText(true);
    return ask(
        owner,
        "Shift by days",
        new VBox(10, new Label("Days"), days, hint),
        () ->
            days.getValue() == null || days.getValue() == 0
                ? null
                : new Reschedule.ShiftDays(days.getValue()));
  }

  static Optional<Reschedule> askDate(Node owner) {
    DatePicker date = new DatePicker(LocalDate.now());
    Label hint = new Label("Each post keeps its time of day in its brand's time zone.");
    hint.setWrapText(true);
    return ask(
        owner,
        "Move to a date",
        new VBox(10, new Label("Date"), date, hint),
        () -> date.getValue() == null ? null : new Reschedule.ToDate(date.getValue()));
  }

  private static Optional<Reschedule> ask(
      Node owner, String title, VBox content, java.util.function.Supplier<Reschedule> answer) {
    Dialog<Reschedule> dialog = new Dialog<>();
    dialog.setTitle(title);
    dialog.setHeaderText(title);
    ButtonType move = new ButtonType("Move posts", ButtonBar.ButtonData.OK_DONE);
    dialog.getDialogPane().getButtonTypes().addAll(move, ButtonType.CANCEL);
    content.setPadding(new Insets(8, 0, 0, 0));
    content.setPrefWidth(360);
    dialog.getDialogPane().setContent(content);
    dialog.setResultConverter(button -> button == move ? answer.get() : null);
    if (owner.getScene() != null) {
      dialog.initOwner(owner.getScene().getWindow());
    }
    return dialog.showAndWait();
  }
}
