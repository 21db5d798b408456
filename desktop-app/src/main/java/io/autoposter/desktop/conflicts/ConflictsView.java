package io.autoposter.desktop.conflicts;

import atlantafx.base.theme.Styles;
import io.autoposter.desktop.ui.EmptyState;
import io.autoposter.desktop.ui.TextDirection;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The conflict dialog, an in-window sheet over the whole app: the open conflicts on the left (when
 * there is more than one), the chosen one on the right with both sides and the choices. Binds to
 * {@link ConflictsViewModel}.
 */
public final class ConflictsView {

  private final StackPane layer = new StackPane();
  private final VBox detail = new VBox(14);
  private final ConflictsViewModel model;

  public ConflictsView(ConflictsViewModel model) {
    this.model = model;
    layer.getStyleClass().add("sheet-layer");
    layer.setId("conflictsLayer");
    layer.visibleProperty().bind(model.showingProperty());
    layer.setPadding(new Insets(28));
    layer.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ESCAPE) {
            model.close();
          }
        });

    Label heading = new Label("Resolve conflicts");
    heading.getStyleClass().add(Styles.TITLE_3);
    Label summary = new Label();
    summary.getStyleClass().add(Styles.TEXT_MUTED);
    summary.textProperty().bind(model.summaryProperty());
    HBox titleLine = new HBox(10, heading, summary);
    titleLine.setAlignment(Pos.BASELINE_LEFT);
    Label intro =
        new Label(
            "Two edits of the same post met on the server. Nothing is lost: you decide what the"
                + " post keeps, and everyone at your agency gets your choice.");
    intro.getStyleClass().add(Styles.TEXT_MUTED);
    intro.setWrapText(true);
    intro.setMinHeight(Region.USE_PREF_SIZE);
    VBox titles = new VBox(4, titleLine, intro);
    HBox.setHgrow(titles, Priority.ALWAYS);
    Button close = new Button(null, new FontIcon(Feather.X));
    close.setId("closeConflicts");
    close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
    close.setTooltip(new Tooltip("Close (your choices so far are saved)"));
    close.setOnAction(e -> model.close());
    // Keys go to the dialog while it is open, not to the form behind it.
    model
        .showingProperty()
        .subscribe(
            open -> {
              if (open) {
                javafx.application.Platform.runLater(close::requestFocus);
              }
            });
    HBox top = new HBox(12, titles, close);
    top.setAlignment(Pos.TOP_LEFT);

    ListView<ConflictItem> list = new ListView<>(model.items());
    list.setId("conflictList");
    list.getStyleClass().add("conflict-list");
    list.setCellFactory(l -> new ConflictCell());
    list.setPrefWidth(270);
    list.setMinWidth(270);
    list.setMaxWidth(270);
    list.visibleProperty().bind(Bindings.size(model.items()).greaterThan(1));
    list.managedProperty().bind(list.visibleProperty());
    list.getSelectionModel()
        .selectedItemProperty()
        .subscribe(
            item -> {
              if (item != null && item != model.selectedProperty().get()) {
                model.selectedProperty().set(item);
              }
            });
    model
        .selectedProperty()
        .subscribe(
            item -> {
              if (item != null && list.getSelectionModel().getSelectedItem() != item) {
                list.getSelectionModel().select(item);
              }
              showDetail();
            });
    model.mergingProperty().subscribe(on -> showDetail());

    detail.setId("conflictDetail");
    detail.setMinWidth(0);
    HBox.setHgrow(detail, Priority.ALWAYS);
    HBox body = new HBox(20, list, detail);
    VBox.setVgrow(body, Priority.ALWAYS);

    VBox emptyBox = emptyState();
    StackPane content = new StackPane(body, emptyBox);
    VBox.setVgrow(content, Priority.ALWAYS);
    body.visibleProperty().bind(model.emptyProperty().not());
    body.managedProperty().bind(body.visibleProperty());
    emptyBox.visibleProperty().bind(model.emptyProperty());
    emptyBox.managedProperty().bind(emptyBox.visibleProperty());

    Label message = new Label();
    message.setId("conflictMessage");
    message.getStyleClass().add("form-notice");
    message.setGraphic(new FontIcon(Feather.CHECK_CIRCLE));
    message.setWrapText(true);
    message.textProperty().bind(model.messageProperty());
    TextDirection.wrapSafely(message);
    message.visibleProperty().bind(model.messageProperty().isNotEmpty());
    message.managedProperty().bind(message.visibleProperty());
    Label error = new Label();
    error.setId("conflictError");
    error.getStyleClass().add("form-error");
    error.setGraphic(new FontIcon(Feather.ALERT_CIRCLE));
    error.setWrapText(true);
    error.textProperty().bind(model.errorProperty());
    TextDirection.wrapSafely(error);
    error.visibleProperty().bind(model.errorProperty().isNotEmpty());
    error.managedProperty().bind(error.visibleProperty());

    VBox card = new VBox(16, top, message, error, content);
    card.getStyleClass().addAll("sheet-card", "conflicts-card");
    card.setPadding(new Insets(24));
    card.setMaxWidth(1000);
    card.setPrefWidth(1000);
    // Tall enough for two texts side by side; just its content when there is nothing to resolve.
    card.maxHeightProperty()
        .bind(Bindings.when(model.emptyProperty()).then(Region.USE_PREF_SIZE).otherwise(660.0));
    card.setMinHeight(0);
    layer.getChildren().add(card);
    StackPane.setAlignment(card, Pos.CENTER);
  }

  /** The layer to stack over the whole window; visible while the dialog is open. */
  public StackPane layer() {
    return layer;
  }

  private VBox emptyState() {
    VBox box =
        EmptyState.of(
            Feather.CHECK_CIRCLE,
            model.emptyTitleProperty().get(),
            model.emptyHintProperty().get());
    ((Label) box.getChildren().get(1)).textProperty().bind(model.emptyTitleProperty());
    ((Label) box.getChildren().get(2)).textProperty().bind(model.emptyHintProperty());
    Button done = new Button("Close");
    done.setId("conflictsDone");
    done.getStyleClass().add(Styles.ACCENT);
    done.setOnAction(e -> model.close());
    box.getChildren().add(done);
    box.setPadding(new Insets(40, 0, 40, 0));
    return box;
  }

  private void showDetail() {
    ConflictItem item = model.selectedProperty().get();
    detail.getChildren().clear();
    if (item == null) {
      return;
    }
    Label title = new Label(item.title());
    title.setId("conflictTitle");
    title.getStyleClass().add(Styles.TITLE_4);
    title.setWrapText(true);
    title.setMinHeight(Region.USE_PREF_SIZE);

    Label post = new Label(item.brandName() + "  ·  " + item.postSnippet());
    post.setGraphic(new Circle(5, Color.web(item.brandColor())));
    post.getStyleClass().add("conflict-post");
    post.setTextOverrun(OverrunStyle.ELLIPSIS);
    post.setMinWidth(0);
    post.setTooltip(new Tooltip(item.postSnippet()));

    Label explanation = new Label(item.explanation());
    explanation.setId("conflictExplanation");
    explanation.setWrapText(true);
    TextDirection.wrapSafely(explanation);
    explanation.setMinHeight(Region.USE_PREF_SIZE);
    explanation.getStyleClass().add("conflict-explanation");

    detail.getChildren().add(new VBox(4, title, post));
    if (item.isText()) {
      detail.getChildren().add(explanation);
      textChoices(item);
    } else {
      deleteChoices(item);
    }
  }

  private void textChoices(ConflictItem item) {
    VBox left = sideColumn(item.left(), "keepLeft", model::keepLeft);
    VBox right = sideColumn(item.right(), "keepRight", model::keepRight);
    HBox sides = new HBox(16, left, right);
    HBox.setHgrow(left, Priority.ALWAYS);
    HBox.setHgrow(right, Priority.ALWAYS);
    left.setPrefWidth(0);
    right.setPrefWidth(0);
    VBox.setVgrow(sides, Priority.ALWAYS);

    if (!model.mergingProperty().get()) {
      Button merge = new Button("Edit merged text…", new FontIcon(Feather.EDIT_2));
      merge.setId("startMerge");
      merge.disableProperty().bind(model.busyProperty());
      merge.setOnAction(e -> model.startMerge());
      Label hint = new Label("Combine both texts yourself, starting from the one on the post.");
      hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
      hint.setWrapText(true);
      hint.setMinWidth(0);
      HBox mergeLine = new HBox(12, merge, hint);
      mergeLine.setAlignment(Pos.CENTER_LEFT);
      detail.getChildren().addAll(sides, mergeLine);
      return;
    }
    sides.setMaxHeight(200);
    Label mergedLabel = new Label("Merged " + labelLower(item));
    mergedLabel.getStyleClass().add("field-label");
    TextArea merged = new TextArea();
    merged.setId("mergedText");
    merged.setWrapText(true);
    merged.setPrefRowCount(5);
    merged.textProperty().bindBidirectional(model.mergedTextProperty());
    TextDirection.follow(merged);
    VBox.setVgrow(merged, Priority.ALWAYS);
    Button cancel = new Button("Cancel");
    cancel.setId("cancelMerge");
    cancel.setOnAction(e -> model.cancelMerge());
    Button save = new Button("Save merged", new FontIcon(Feather.CHECK));
    save.setId("saveMerged");
    save.getStyleClass().add(Styles.ACCENT);
    save.disableProperty().bind(model.busyProperty());
    save.setOnAction(e -> model.saveMerged());
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox actions = new HBox(8, grow, cancel, save);
    actions.setAlignment(Pos.CENTER_RIGHT);
    VBox editor = new VBox(6, mergedLabel, merged, actions);
    editor.getStyleClass().add("merge-editor");
    VBox.setVgrow(editor, Priority.ALWAYS);
    detail.getChildren().addAll(sides, editor);
    merged.requestFocus();
  }

  private static String labelLower(ConflictItem item) {
    String label = item.fieldLabel();
    return label.isEmpty()
        ? label
        : label.startsWith("Caption") || label.startsWith("First")
            ? Character.toLowerCase(label.charAt(0)) + label.substring(1)
            : label;
  }

  private VBox sideColumn(ConflictItem.Side side, String buttonId, Runnable keep) {
    Label who = new Label(side.who());
    who.getStyleClass().add("conflict-who");
    who.setGraphic(new FontIcon(side.mine() ? Feather.MONITOR : Feather.USER));
    who.setMinWidth(0);
    who.setTextOverrun(OverrunStyle.ELLIPSIS);
    who.setTooltip(new Tooltip(side.who()));
    Label when = new Label(side.when());
    when.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    when.setMinWidth(Region.USE_PREF_SIZE);
    Label role = new Label(side.role());
    role.getStyleClass().addAll("conflict-role", side.onPost() ? "role-current" : "role-other");
    role.setMinWidth(Region.USE_PREF_SIZE);
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox meta = new HBox(8, when, grow, role);
    meta.setAlignment(Pos.CENTER_LEFT);

    TextArea text = new TextArea(side.text());
    text.getStyleClass().add("conflict-text");
    text.setEditable(false);
    text.setWrapText(!TextDirection.hasRightToLeft(side.text()));
    text.setPrefRowCount(7);
    text.setMinHeight(80);
    text.setNodeOrientation(TextDirection.of(side.text()));
    if (side.text().isEmpty()) {
      text.setPromptText("(empty)");
    }
    VBox.setVgrow(text, Priority.ALWAYS);

    Button button = new Button(side.keepLabel());
    button.setId(buttonId);
    button.setMaxWidth(Double.MAX_VALUE);
    if (side.mine()) {
      button.getStyleClass().add(Styles.ACCENT);
    }
    button.disableProperty().bind(model.busyProperty().or(model.mergingProperty()));
    button.setOnAction(e -> keep.run());

    VBox column = new VBox(6, who, meta, text, button);
    VBox.setMargin(text, new Insets(4, 0, 2, 0));
    column.getStyleClass().add("conflict-side");
    column.setPadding(new Insets(12));
    column.setMinWidth(0);
    return column;
  }

  private void deleteChoices(ConflictItem item) {
    ConflictItem.Side edit = item.left();
    ConflictItem.Side deletion = item.right();
    VBox people =
        new VBox(
            8,
            personLine(Feather.TRASH_2, deletion.who(), "deleted it", deletion.when()),
            personLine(Feather.EDIT_2, edit.who(), "edited it", edit.when()));
    people.getStyleClass().add("conflict-side");
    people.setPadding(new Insets(12));
    Tooltip.install(people, new Tooltip(item.explanation()));

    Label captionLabel = new Label("The edited caption");
    captionLabel.getStyleClass().add("field-label");
    TextArea caption = new TextArea(edit.text());
    caption.setId("deleteConflictCaption");
    caption.getStyleClass().add("conflict-text");
    caption.setEditable(false);
    caption.setWrapText(!TextDirection.hasRightToLeft(edit.text()));
    caption.setPrefRowCount(5);
    caption.setNodeOrientation(TextDirection.of(edit.text()));
    if (edit.text().isEmpty()) {
      caption.setPromptText("(no caption)");
    }
    VBox.setVgrow(caption, Priority.ALWAYS);

    Button delete = new Button(deletion.keepLabel(), new FontIcon(Feather.TRASH_2));
    delete.setId("deletePost");
    delete.getStyleClass().add(Styles.DANGER);
    delete.disableProperty().bind(model.busyProperty());
    delete.setOnAction(e -> model.deletePost());
    Button keep = new Button(edit.keepLabel(), new FontIcon(Feather.CHECK));
    keep.setId("keepPost");
    keep.getStyleClass().add(Styles.ACCENT);
    keep.disableProperty().bind(model.busyProperty());
    keep.setOnAction(e -> model.keepPost());
    Label hint = new Label("The post stays until you choose. Keeping it keeps the edit above.");
    hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    hint.setMinWidth(0);
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox actions = new HBox(8, hint, grow, delete, keep);
    actions.setAlignment(Pos.CENTER_RIGHT);
    detail.getChildren().addAll(people, new VBox(6, captionLabel, caption), actions);
    VBox.setVgrow(detail.getChildren().get(detail.getChildren().size() - 2), Priority.ALWAYS);
  }

  private static Node personLine(Feather icon, String who, String what, String when) {
    // "You, on this computer, edited it": the aside needs its closing comma.
    Label name = new Label(who.contains(",") ? who + "," : who);
    name.getStyleClass().add("conflict-who");
    name.setGraphic(new FontIcon(icon));
    name.setMinWidth(0);
    name.setTextOverrun(OverrunStyle.ELLIPSIS);
    Label action = new Label(what);
    action.setMinWidth(Region.USE_PREF_SIZE);
    Label at = new Label("·  " + when);
    at.getStyleClass().add(Styles.TEXT_MUTED);
    at.setMinWidth(Region.USE_PREF_SIZE);
    HBox line = new HBox(6, name, action, at);
    line.setAlignment(Pos.CENTER_LEFT);
    return line;
  }

  /** A conflict in the list: caption snippet, brand dot and name, what was changed twice. */
  private static final class ConflictCell extends ListCell<ConflictItem> {
    private final Label snippet = new Label();
    private final Label brand = new Label();
    private final Label field = new Label();
    private final VBox box = new VBox(4, snippet, brand, field);

    ConflictCell() {
      snippet.getStyleClass().add("post-caption");
      snippet.setTextOverrun(OverrunStyle.ELLIPSIS);
      snippet.setMinWidth(0);
      snippet.setMaxWidth(Double.MAX_VALUE);
      brand.getStyleClass().add("post-meta");
      brand.setMinWidth(0);
      brand.setTextOverrun(OverrunStyle.ELLIPSIS);
      field.getStyleClass().add("conflict-field-chip");
      box.setPadding(new Insets(10, 12, 10, 12));
      box.setMinWidth(0);
      setPrefWidth(0);
    }

    @Override
    protected void updateItem(ConflictItem item, boolean empty) {
      super.updateItem(item, empty);
      setText(null);
      if (empty || item == null) {
        setGraphic(null);
        return;
      }
      TextDirection.setText(snippet, item.postSnippet());
      brand.setText(item.brandName());
      brand.setGraphic(new Circle(5, Color.web(item.brandColor())));
      field.setText(item.fieldLabel());
      setGraphic(box);
    }
  }
}
