package io.autoposter.desktop.workspace;

import atlantafx.base.theme.Styles;
import java.time.Instant;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Under the due time when the brand's clocks skip it or pass it twice: the question and one choice
 * per meaning. Nothing is scheduled until one is chosen.
 */
final class DueTimeQuestion extends VBox {

  private final ComposeViewModel model;
  private final VBox choices = new VBox(4);
  private ToggleGroup group = new ToggleGroup();

  DueTimeQuestion(ComposeViewModel model) {
    super(6);
    this.model = model;
    setId("dueQuestion");
    getStyleClass().add("due-question");
    Label question = new Label(null, new FontIcon(Feather.CLOCK));
    question.setId("dueQuestionText");
    question.getStyleClass().addAll(Styles.TEXT_SMALL, "callout-warning");
    question.setWrapText(true);
    question.textProperty().bind(model.dueQuestionProperty());
    getChildren().addAll(question, choices);
    visibleProperty().bind(model.dueQuestionProperty().isNotEmpty());
    managedProperty().bind(visibleProperty());
    model.dueOptions().addListener((ListChangeListener<WallClock.Option>) c -> rebuild());
    model.dueChoiceProperty().addListener((obs, was, now) -> select(now));
    rebuild();
  }

  private void rebuild() {
    // A new group each time: JavaFX 25.0.4 leaves a toggle taken out of its group listening to
    // it, and the next selection there fails.
    group = new ToggleGroup();
    group
        .selectedToggleProperty()
        .addListener(
            (obs, was, now) -> {
              if (now != null) {
                model.dueChoiceProperty().set((Instant) now.getUserData());
              }
            });
    choices.getChildren().clear();
    int index = 0;
    for (WallClock.Option option : model.dueOptions()) {
      RadioButton choice = new RadioButton(option.label());
      choice.setId("dueOption" + index++);
      choice.setUserData(option.instant());
      choice.setToggleGroup(group);
      choice.disableProperty().bind(model.readOnlyProperty());
      choices.getChildren().add(choice);
    }
    select(model.dueChoiceProperty().get());
  }

  private void select(Instant chosen) {
    group.getToggles().stream()
        .filter(t -> t.getUserData().equals(chosen))
        .findFirst()
        .ifPresentOrElse(group::selectToggle, () -> group.selectToggle(null));
  }
}
