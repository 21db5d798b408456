package io.autoposter.desktop.brands;

import atlantafx.base.theme.Styles;
import io.autoposter.model.PostingSlot;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The "Posting slots" and "Hashtag groups" parts of the brand form. */
final class BrandScheduleFields {

  private BrandScheduleFields() {}

  /** Slot chips ("Mon 09:00 ×") and a day + time + "Add slot" line. */
  static VBox slots(BrandScheduleEditor editor) {
    FlowPane chips = new FlowPane(6, 6);
    chips.setId("slotChips");
    Runnable show =
        () -> {
          chips.getChildren().clear();
          for (PostingSlot slot : editor.slots()) {
            chips.getChildren().add(slotChip(editor, slot));
          }
          if (editor.slots().isEmpty()) {
            chips
                .getChildren()
                .add(hint("No slots yet. Add the weekly times this brand posts at."));
          }
        };
    editor.slots().addListener((ListChangeListener<PostingSlot>) c -> show.run());
    show.run();

    ComboBox<DayOfWeek> day = new ComboBox<>();
    day.setId("slotDay");
    day.getItems().setAll(DayOfWeek.values());
    day.setCellFactory(l -> new DayCell());
    day.setButtonCell(new DayCell());
    day.valueProperty().bindBidirectional(editor.newDayProperty());
    day.setPrefWidth(130);
    HBox.setHgrow(day, Priority.ALWAYS);
    day.setMaxWidth(Double.MAX_VALUE);
    TextField time = new TextField();
    time.setId("slotTime");
    time.setPromptText("09:00");
    time.setPrefColumnCount(5);
    time.textProperty().bindBidirectional(editor.newTimeProperty());
    time.setOnAction(
        e -> {
          // Enter adds the slot; it does not also press "Save brand".
          e.consume();
          editor.addSlot();
        });
    Button add = new Button("Add", new FontIcon(Feather.PLUS));
    add.setId("addSlot");
    add.setMinWidth(Region.USE_PREF_SIZE);
    time.setMinWidth(Region.USE_PREF_SIZE);
    add.setOnAction(e -> editor.addSlot());
    HBox line = new HBox(8, day, time, add);
    line.setAlignment(Pos.CENTER_LEFT);

    Label error = new Label();
    error.setId("slotError");
    error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
    error.setWrapText(true);
    error.textProperty().bind(editor.slotErrorProperty());
    error.visibleProperty().bind(editor.slotErrorProperty().isNotEmpty());
    error.managedProperty().bind(error.visibleProperty());
    return new VBox(
        8, chips, line, error, hint("In the brand's time zone; “Add to queue” fills them."));
  }

  /** One card per group (name, tags, delete) and "Add group". */
  static VBox groups(BrandScheduleEditor editor) {
    VBox list = new VBox(8);
    list.setId("hashtagGroups");
    Runnable show =
        () -> {
          list.getChildren().clear();
          for (HashtagGroupDraft draft : editor.groups()) {
            list.getChildren().add(groupCard(editor, draft));
          }
          if (editor.groups().isEmpty()) {
            list.getChildren()
                .add(
                    hint(
                        "No hashtag groups yet. Save the hashtags this brand uses again and again."));
          }
        };
    editor.groups().addListener((ListChangeListener<HashtagGroupDraft>) c -> show.run());
    show.run();
    Button add = new Button("Add group", new FontIcon(Feather.PLUS));
    add.setId("addHashtagGroup");
    add.setOnAction(e -> editor.addGroup());
    return new VBox(8, list, add);
  }

  private static Node slotChip(BrandScheduleEditor editor, PostingSlot slot) {
    Label text = new Label(BrandScheduleEditor.label(slot));
    Button remove = new Button(null, new FontIcon(Feather.X));
    remove.getStyleClass().addAll("tag-remove", Styles.FLAT);
    remove.setTooltip(new Tooltip("Remove " + BrandScheduleEditor.label(slot)));
    remove.setOnAction(e -> editor.removeSlot(slot));
    HBox chip = new HBox(2, text, remove);
    chip.setAlignment(Pos.CENTER_LEFT);
    chip.getStyleClass().add("tag-chip");
    return chip;
  }

  private static Node groupCard(BrandScheduleEditor editor, HashtagGroupDraft draft) {
    TextField name = new TextField();
    name.getStyleClass().add("hashtag-group-name");
    name.setPromptText("Group name, e.g. Dinner");
    name.textProperty().bindBidirectional(draft.nameProperty());
    HBox.setHgrow(name, Priority.ALWAYS);
    Button remove = new Button(null, new FontIcon(Feather.TRASH_2));
    remove.getStyleClass().addAll(Styles.FLAT, Styles.DANGER, Styles.BUTTON_ICON);
    remove.setTooltip(new Tooltip("Delete this group"));
    remove.setOnAction(e -> editor.removeGroup(draft));
    HBox top = new HBox(6, name, remove);
    top.setAlignment(Pos.CENTER_LEFT);
    TextArea tags = new TextArea();
    tags.getStyleClass().add("hashtag-group-tags");
    tags.setPromptText("#pasta #roma #dinner");
    tags.setWrapText(true);
    tags.setPrefRowCount(3);
    tags.textProperty().bindBidirectional(draft.tagsProperty());
    VBox card = new VBox(6, top, tags);
    card.getStyleClass().add("hashtag-group-card");
    return card;
  }

  private static Label hint(String text) {
    Label hint = new Label(text);
    hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
    hint.setWrapText(true);
    return hint;
  }

  private static final class DayCell extends ListCell<DayOfWeek> {
    @Override
    protected void updateItem(DayOfWeek day, boolean empty) {
      super.updateItem(day, empty);
      setText(empty || day == null ? null : day.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    }
  }
}
