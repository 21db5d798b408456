package io.autoposter.desktop.workspace;

import atlantafx.base.theme.Styles;
import io.autoposter.desktop.ui.Confirm;
import io.autoposter.desktop.ui.Sheet;
import io.autoposter.desktop.ui.TextDirection;
import io.autoposter.model.Network;
import io.autoposter.model.PostStatus;
import io.autoposter.model.rules.Finding;
import java.io.File;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The compose form on the right of the main window, for a new post or the one selected in the list.
 * Binds to {@link ComposeViewModel}; asks before deleting and before discarding changes.
 */
final class ComposePane extends VBox {

  private final ComposeViewModel model;
  private final FlowPane counters = new FlowPane(6, 6);
  private final VBox findings = new VBox(4);
  private final TextArea captionEditor = new TextArea();
  private final VBox mediaList = new VBox(6);
  private final FlowPane tagChips = new FlowPane(6, 6);
  private final Label statusChip = new Label();
  private final VBox actionBar = new VBox(6);
  private final MediaSheets sheets;

  ComposePane(ComposeViewModel model, Runnable newPost, Runnable resolveConflicts) {
    this(model, newPost, resolveConflicts, new Sheet());
  }

  /**
   * @param mediaSheet where the alt text, crop and media library sheets open (over the window)
   */
  ComposePane(
      ComposeViewModel model, Runnable newPost, Runnable resolveConflicts, Sheet mediaSheet) {
    super(10);
    this.model = model;
    this.sheets =
        new MediaSheets(
            model,
            mediaSheet,
            () -> model.previewBrand() == null ? "" : model.previewBrand().name());
    getStyleClass().add("compose-pane");
    getStylesheets().add(MediaSheets.STYLESHEET);
    setPadding(new Insets(20, 22, 20, 22));

    // ---- title line ----
    Label title = new Label();
    title.setId("composeTitle");
    title.getStyleClass().add(Styles.TITLE_3);
    title.textProperty().bind(model.titleProperty());
    title.setMinWidth(Region.USE_PREF_SIZE);
    statusChip.setId("composeStatus");
    statusChip.getStyleClass().add("status-badge");
    statusChip.setMinWidth(Region.USE_PREF_SIZE);
    model.editingStatusProperty().subscribe(this::showStatus);
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    Button fresh = new Button("New post", new FontIcon(Feather.PLUS));
    fresh.setId("newPost");
    fresh.getStyleClass().add(Styles.SMALL);
    fresh.visibleProperty().bind(model.editingProperty().isNotNull());
    fresh.managedProperty().bind(fresh.visibleProperty());
    fresh.setOnAction(
        e -> {
          if (!model.hasUnsavedChanges() || confirmDiscard()) {
            newPost.run();
          }
        });
    fresh.setMinWidth(Region.USE_PREF_SIZE);
    // Undo and redo sit with the caption's tools: the title line must fit "Edit post", a status
    // and "New post" in the narrowest composer.
    HBox titleLine = new HBox(10, title, statusChip, grow, fresh);
    titleLine.setAlignment(Pos.CENTER_LEFT);

    // ---- notes above the form ----
    Label readOnlyNote = callout("readOnlyNote", Feather.LOCK, "callout-info");
    readOnlyNote.textProperty().bind(model.readOnlyNoteProperty());
    showWhenText(readOnlyNote, model.readOnlyNoteProperty());

    Label serverNotice = callout("serverNotice", Feather.REFRESH_CW, "callout-warning");
    serverNotice.textProperty().bind(model.serverNoticeProperty());
    Button showLatest = new Button("Discard mine and show the new version");
    showLatest.setId("showLatest");
    showLatest.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
    showLatest.visibleProperty().bind(model.canShowLatestProperty());
    showLatest.managedProperty().bind(showLatest.visibleProperty());
    showLatest.setOnAction(e -> model.showLatest());
    VBox serverBox = new VBox(4, serverNotice, showLatest);
    showWhenText(serverBox, model.serverNoticeProperty());

    Label conflictNote = callout("conflictNote", Feather.ALERT_TRIANGLE, "callout-warning");
    conflictNote.textProperty().bind(model.conflictNoteProperty());
    conflictNote.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(conflictNote, Priority.ALWAYS);
    Button resolve = new Button("Resolve…");
    resolve.setId("resolveFromCompose");
    resolve.getStyleClass().add(Styles.SMALL);
    resolve.setMinWidth(Region.USE_PREF_SIZE);
    resolve.setOnAction(e -> resolveConflicts.run());
    HBox conflictBox = new HBox(8, conflictNote, resolve);
    conflictBox.setAlignment(Pos.CENTER_LEFT);
    showWhenText(conflictBox, model.conflictNoteProperty());

    Label syncNote = callout("syncNote", Feather.ALERT_CIRCLE, "form-error");
    syncNote.textProperty().bind(model.syncNoteProperty());
    TextDirection.wrapSafely(syncNote);
    showWhenText(syncNote, model.syncNoteProperty());

    // ---- caption ----
    TextArea caption = captionEditor;
    caption.setId("caption");
    caption.setPromptText("Write the caption…");
    caption.setWrapText(true);
    caption.setPrefRowCount(6);
    caption.textProperty().bindBidirectional(model.editorTextProperty());
    caption.editableProperty().bind(model.readOnlyProperty().not());
    TextDirection.follow(caption);
    VBox.setVgrow(caption, Priority.SOMETIMES);

    model.counters().addListener((ListChangeListener<NetworkCounter>) c -> showCounters());
    showCounters();
    model.findings().addListener((ListChangeListener<Finding>) c -> showFindings());
    showFindings();

    // ---- media ----
    Label mediaSummary = new Label();
    mediaSummary.setId("mediaSummary");
    mediaSummary.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    mediaSummary.textProperty().bind(model.mediaSummaryProperty());
    mediaList.setId("mediaList");
    model.media().addListener((ListChangeListener<MediaItem>) c -> showMedia());
    model
        .mediaEditing()
        .altTexts()
        .addListener((MapChangeListener<String, String>) c -> showMedia());
    showMedia();
    Button attach = new Button("Attach image or video…", new FontIcon(Feather.PAPERCLIP));
    attach.setId("attachMedia");
    attach.disableProperty().bind(model.canAttachProperty().not());
    attach.visibleProperty().bind(model.readOnlyProperty().not());
    attach.managedProperty().bind(attach.visibleProperty());
    attach.setOnAction(e -> chooseMedia());
    Label attaching = new Label("Reading the file…");
    attaching.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    attaching.visibleProperty().bind(model.attachingProperty());
    attaching.managedProperty().bind(attaching.visibleProperty());
    Button library = new Button("Library…", new FontIcon(Feather.GRID));
    library.setId("openLibrary");
    library.setTooltip(new Tooltip("Pictures and videos this brand's posts use"));
    library.disableProperty().bind(model.canAttachProperty().not());
    library.visibleProperty().bind(model.readOnlyProperty().not());
    library.managedProperty().bind(library.visibleProperty());
    library.setOnAction(e -> sheets.openLibrary());
    HBox attachLine = new HBox(10, attach, library, attaching);
    attachLine.setAlignment(Pos.CENTER_LEFT);
    Label mediaError = inlineError("mediaError", model.mediaErrorProperty());

    // ---- first comment ----
    Label commentCount = new Label();
    commentCount.setId("firstCommentCount");
    commentCount.getStyleClass().add("counter-chip");
    commentCount.textProperty().bind(model.firstCommentCountProperty());
    model
        .firstCommentTooLongProperty()
        .subscribe(
            over -> {
              commentCount.getStyleClass().remove("counter-over");
              if (over) {
                commentCount.getStyleClass().add("counter-over");
              }
            });
    TextArea firstComment = new TextArea();
    firstComment.setId("firstComment");
    firstComment.setPromptText("Optional: posted as the first comment right after the post");
    firstComment.setWrapText(true);
    firstComment.setPrefRowCount(2);
    firstComment.textProperty().bindBidirectional(model.firstCommentProperty());
    firstComment.editableProperty().bind(model.readOnlyProperty().not());
    TextDirection.follow(firstComment);

    // ---- networks ----
    FlowPane networkBoxes = new FlowPane(14, 8);
    for (Network network : Network.values()) {
      CheckBox box = new CheckBox(network.displayName());
      box.setId("network-" + network.name().toLowerCase(Locale.ROOT));
      box.selectedProperty().bindBidirectional(model.networkProperty(network));
      box.disableProperty().bind(model.readOnlyProperty());
      networkBoxes.getChildren().add(box);
    }

    // ---- when ----
    DatePicker date = new DatePicker();
    date.setId("dueDate");
    date.setPromptText("Not scheduled");
    date.valueProperty().bindBidirectional(model.dueDateProperty());
    date.setPrefWidth(150);
    date.disableProperty().bind(model.readOnlyProperty());
    TextField time = new TextField();
    time.setId("dueTime");
    time.setPromptText("09:00");
    time.setPrefColumnCount(5);
    time.setPrefWidth(80);
    time.textProperty().bindBidirectional(model.dueTimeProperty());
    time.editableProperty().bind(model.readOnlyProperty().not());
    Label zone = new Label();
    zone.getStyleClass().add("zone-chip");
    zone.setGraphic(new FontIcon(Feather.GLOBE));
    zone.textProperty().bind(model.zoneTextProperty());
    zone.setMinWidth(0);
    zone.setTextOverrun(OverrunStyle.ELLIPSIS);
    HBox when = new HBox(8, date, time, zone);
    when.setAlignment(Pos.CENTER_LEFT);
    Label localTime = new Label();
    localTime.setId("localTime");
    localTime.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    localTime.textProperty().bind(model.localTimeTextProperty());
    DueTimeQuestion dueQuestion = new DueTimeQuestion(model);

    // ---- tags ----
    tagChips.setId("tagChips");
    model.tags().addListener((ListChangeListener<String>) c -> showTags());
    showTags();
    TextField tagInput = new TextField();
    tagInput.setId("tagInput");
    tagInput.setPromptText("Add tags, separated by commas");
    tagInput.textProperty().bindBidirectional(model.tagInputProperty());
    tagInput.setOnAction(e -> model.addTagsFromInput());
    tagInput
        .textProperty()
        .subscribe(
            text -> {
              if (text != null && text.contains(",")) {
                javafx.application.Platform.runLater(model::addTagsFromInput);
              }
            });
    tagInput
        .focusedProperty()
        .subscribe(
            focused -> {
              if (!focused) {
                model.addTagsFromInput();
              }
            });
    tagInput.visibleProperty().bind(model.readOnlyProperty().not());
    tagInput.managedProperty().bind(tagInput.visibleProperty());
    Label tagError = inlineError("tagError", model.tagErrorProperty());

    // ---- actions ----
    Label blocked = new Label();
    blocked.setId("blockedReason");
    blocked.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    blocked.setWrapText(true);
    blocked.textProperty().bind(model.blockedReasonProperty());
    showWhenText(blocked, model.blockedReasonProperty());

    Button delete = new Button(null, new FontIcon(Feather.TRASH_2));
    delete.setId("deletePost");
    delete.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.DANGER, Styles.FLAT);
    delete.setTooltip(new Tooltip("Delete this post"));
    delete.visibleProperty().bind(model.editingProperty().isNotNull());
    delete.managedProperty().bind(delete.visibleProperty());
    delete.disableProperty().bind(model.canDeleteProperty().not());
    delete.setOnAction(e -> confirmDelete());
    Button draft = new Button();
    draft.setId("saveDraft");
    draft.textProperty().bind(model.draftTextProperty());
    draft.disableProperty().bind(model.canSaveDraftProperty().not());
    draft.setOnAction(e -> model.saveDraft());
    Button schedule = new Button(null, new FontIcon(Feather.CALENDAR));
    schedule.setId("schedule");
    schedule.textProperty().bind(model.scheduleTextProperty());
    schedule.getStyleClass().add(Styles.ACCENT);
    schedule.disableProperty().bind(model.canScheduleProperty().not());
    schedule.setOnAction(e -> model.schedule());
    Button queue = new Button("Add to queue", new FontIcon(Feather.CLOCK));
    queue.setId("addToQueue");
    queue.setTooltip(new Tooltip("Schedule in the brand's next free posting slot"));
    queue.disableProperty().bind(model.busyProperty());
    queue.setOnAction(e -> model.addToQueue().run());
    // The composer is wide enough for these on one line, also for a scheduled post ("Save as
    // draft", "Add to queue", "Save changes" and the bin): ComposeLayoutFxTest.
    Region actionsGrow = new Region();
    HBox.setHgrow(actionsGrow, Priority.ALWAYS);
    HBox actions = new HBox(8, delete, actionsGrow, draft, queue, schedule);
    actions.setAlignment(Pos.CENTER_RIGHT);

    Label message = new Label();
    message.setId("composeMessage");
    message.getStyleClass().addAll(Styles.TEXT_SMALL, "compose-message");
    message.setWrapText(true);
    message.textProperty().bind(model.messageProperty());
    model
        .messageIsErrorProperty()
        .subscribe(
            error -> {
              message.getStyleClass().remove("compose-message-error");
              if (error) {
                message.getStyleClass().add("compose-message-error");
              }
            });
    showWhenText(message, model.messageProperty());

    getChildren()
        .addAll(
            titleLine,
            readOnlyNote,
            serverBox,
            conflictBox,
            syncNote,
            new PublishResultsBox(model.results()),
            sectionWith(
                "Caption",
                new HBox(
                    2,
                    undoButtons(),
                    HashtagMenu.button(model, captionEditor),
                    EmojiPicker.button(captionEditor))),
            new CaptionScopeBar(model),
            caption,
            counters,
            findings,
            sectionWith("Pictures and videos", mediaSummary),
            mediaList,
            attachLine,
            mediaError,
            sectionWith("First comment", commentCount),
            firstComment,
            section("Networks"),
            networkBoxes,
            section("When (brand's time zone)"),
            when,
            dueQuestion,
            localTime,
            section("Tags"),
            tagChips,
            tagInput,
            tagError);
    actionBar.getChildren().addAll(blocked, actions, message);
    actionBar.getStyleClass().add("compose-actions");
    actionBar.setPadding(new Insets(10, 22, 12, 22));
    actionBar.visibleProperty().bind(model.readOnlyProperty().not());
    actionBar.managedProperty().bind(actionBar.visibleProperty());
    sheets.installUndoKeys(this);
    MediaDrop.install(this, () -> model.canAttachProperty().get(), model::attach);
  }

  /** The media sheets (alt text, crop, library), for tests and screenshots. */
  MediaSheets sheets() {
    return sheets;
  }

  private HBox undoButtons() {
    Button undo = new Button(null, new FontIcon(Feather.CORNER_UP_LEFT));
    undo.setId("undo");
    undo.setTooltip(new Tooltip("Undo (" + MediaSheets.UNDO.getDisplayText() + ")"));
    undo.disableProperty().bind(model.canUndoProperty().not());
    undo.setOnAction(e -> model.undo());
    Button redo = new Button(null, new FontIcon(Feather.CORNER_UP_RIGHT));
    redo.setId("redo");
    redo.setTooltip(new Tooltip("Redo (" + MediaSheets.REDO.getDisplayText() + ")"));
    redo.disableProperty().bind(model.canRedoProperty().not());
    redo.setOnAction(e -> model.redo());
    HBox buttons = new HBox(2, undo, redo);
    for (Button button : List.of(undo, redo)) {
      button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
      button.setFocusTraversable(false);
    }
    buttons.visibleProperty().bind(model.readOnlyProperty().not());
    buttons.managedProperty().bind(buttons.visibleProperty());
    return buttons;
  }

  /** Puts the cursor in the caption, as after "New post". */
  void focusCaption() {
    captionEditor.requestFocus();
  }

  /** Save, schedule and delete, with why they are disabled: kept in view below the form. */
  VBox actionBar() {
    return actionBar;
  }

  // ---- dialogs ----

  /** Asks whether to drop unsaved changes (before opening another post). */
  boolean confirmDiscardChanges() {
    return confirmDiscard();
  }

  private boolean confirmDiscard() {
    return Confirm.ask(
        this,
        "Discard your changes?",
        "What you changed in this post has not been saved.",
        "Discard changes");
  }

  private void confirmDelete() {
    if (Confirm.ask(this, "Delete this post?", model.deleteQuestion(), "Delete post")) {
      model.delete();
    }
  }

  private void chooseMedia() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Attach images or videos");
    chooser
        .getExtensionFilters()
        .addAll(
            new FileChooser.ExtensionFilter(
                "Images and videos",
                "*.jpg",
                "*.jpeg",
                "*.png",
                "*.gif",
                "*.webp",
                "*.mp4",
                "*.mov",
                "*.JPG",
                "*.JPEG",
                "*.PNG",
                "*.MP4",
                "*.MOV"),
            new FileChooser.ExtensionFilter("All files", "*"));
    List<File> files =
        chooser.showOpenMultipleDialog(getScene() == null ? null : getScene().getWindow());
    if (files != null) {
      files.forEach(f -> model.attach(f.toPath()));
    }
  }

  // ---- pieces ----

  private void showStatus(PostStatus status) {
    for (PostStatus s : PostStatus.values()) {
      statusChip.getStyleClass().remove(PostCell.styleOf(s));
    }
    statusChip.setVisible(status != null);
    statusChip.setManaged(status != null);
    if (status != null) {
      statusChip.setText(WorkspaceViewModel.statusText(status));
      statusChip.getStyleClass().add(PostCell.styleOf(status));
    }
  }

  private void showCounters() {
    counters.getChildren().clear();
    for (NetworkCounter counter : model.counters()) {
      Label chip = new Label(counter.text());
      chip.getStyleClass().add("counter-chip");
      if (counter.exceeded()) {
        chip.getStyleClass().add("counter-over");
      } else if (counter.nearLimit()) {
        chip.getStyleClass().add("counter-near");
      }
      counters.getChildren().add(chip);
    }
  }

  private void showFindings() {
    findings.getChildren().clear();
    for (Finding finding : model.findings()) {
      boolean error = finding.blocksScheduling();
      Label line =
          new Label(
              finding.message(), new FontIcon(error ? Feather.X_CIRCLE : Feather.ALERT_TRIANGLE));
      line.getStyleClass().addAll(Styles.TEXT_SMALL, error ? "finding-error" : "finding-warning");
      line.setWrapText(true);
      findings.getChildren().add(line);
    }
    findings.setVisible(!model.findings().isEmpty());
    findings.setManaged(findings.isVisible());
  }

  private void showMedia() {
    mediaList.getChildren().clear();
    for (MediaItem item : model.media()) {
      mediaList.getChildren().add(mediaRow(item));
    }
    mediaList.setVisible(!model.media().isEmpty());
    mediaList.setManaged(mediaList.isVisible());
  }

  private Node mediaRow(MediaItem item) {
    Label name = new Label(item.name());
    name.getStyleClass().add("media-name");
    name.setMinWidth(0);
    name.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
    name.setTooltip(new Tooltip(item.name()));
    Label detail = new Label(item.detail());
    detail.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    detail.setMinWidth(0);
    detail.setTextOverrun(OverrunStyle.ELLIPSIS);
    detail.setTooltip(new Tooltip(item.detail()));

    Label upload = new Label(item.uploadText());
    upload
        .getStyleClass()
        .addAll("upload-chip", "upload-" + item.upload().name().toLowerCase(Locale.ROOT));
    upload.setGraphic(
        new FontIcon(
            switch (item.upload()) {
              case WAITING -> Feather.CLOCK;
              case UPLOADING -> Feather.UPLOAD_CLOUD;
              case ON_SERVER -> Feather.CHECK;
              case FAILED -> Feather.X_CIRCLE;
            }));
    upload.setMinWidth(Region.USE_PREF_SIZE);
    HBox state = new HBox(8, detail, upload);
    state.setAlignment(Pos.CENTER_LEFT);
    VBox text = new VBox(3, name, state);
    if (!item.isVideo()) {
      text.getChildren().add(sheets.altTextLine(item));
    }
    text.setMinWidth(0);
    HBox.setHgrow(text, Priority.ALWAYS);

    Button remove = new Button(null, new FontIcon(Feather.X));
    remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
    remove.setTooltip(new Tooltip("Remove from this post"));
    remove.setOnAction(e -> model.removeMedia(item));
    remove.visibleProperty().bind(model.readOnlyProperty().not());
    remove.managedProperty().bind(remove.visibleProperty());

    HBox row = new HBox(10, thumbnail(item), text, remove);
    row.setAlignment(Pos.CENTER_LEFT);
    row.getStyleClass().add("media-row");
    row.setPadding(new Insets(6, 8, 6, 6));
    return row;
  }

  private static Node thumbnail(MediaItem item) {
    double size = 44;
    StackPane box = new StackPane();
    box.getStyleClass().add("media-thumb");
    box.setMinSize(size, size);
    box.setMaxSize(size, size);
    if (!item.isVideo() && item.localFile() != null) {
      Image image = new Image(item.localFile().toUri().toString(), size * 2, size * 2, true, true);
      if (!image.isError()) {
        ImageView view = new ImageView(image);
        view.setFitWidth(size);
        view.setFitHeight(size);
        view.setPreserveRatio(true);
        Rectangle clip = new Rectangle(size, size);
        clip.setArcWidth(10);
        clip.setArcHeight(10);
        view.setClip(clip);
        box.getChildren().add(view);
        return box;
      }
    }
    FontIcon icon = new FontIcon(item.isVideo() ? Feather.FILM : Feather.IMAGE);
    icon.getStyleClass().add("media-thumb-icon");
    box.getChildren().add(icon);
    return box;
  }

  private void showTags() {
    tagChips.getChildren().clear();
    for (String tag : model.tags()) {
      Label text = new Label(tag);
      text.setMinWidth(0);
      text.setMaxWidth(300);
      text.setTextOverrun(OverrunStyle.ELLIPSIS);
      Button remove = new Button(null, new FontIcon(Feather.X));
      remove.getStyleClass().addAll("tag-remove", Styles.FLAT);
      remove.setTooltip(new Tooltip("Remove tag"));
      remove.setOnAction(e -> model.removeTag(tag));
      remove.visibleProperty().bind(model.readOnlyProperty().not());
      remove.managedProperty().bind(remove.visibleProperty());
      HBox chip = new HBox(2, text, remove);
      chip.setAlignment(Pos.CENTER_LEFT);
      chip.getStyleClass().add("tag-chip");
      tagChips.getChildren().add(chip);
    }
    if (model.tags().isEmpty()) {
      Label none = new Label("No tags");
      none.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
      tagChips.getChildren().add(none);
    }
  }

  private static Label callout(String id, Feather icon, String style) {
    Label label = new Label();
    label.setId(id);
    label.setGraphic(new FontIcon(icon));
    label.getStyleClass().add(style);
    label.setWrapText(true);
    label.setMinHeight(Region.USE_PREF_SIZE);
    label.setMaxWidth(Double.MAX_VALUE);
    return label;
  }

  private static Label inlineError(String id, ObservableStringValue text) {
    Label label = new Label();
    label.setId(id);
    label.getStyleClass().addAll(Styles.TEXT_SMALL, "finding-error");
    label.setGraphic(new FontIcon(Feather.X_CIRCLE));
    label.setWrapText(true);
    label.setMinHeight(Region.USE_PREF_SIZE);
    label.textProperty().bind(text);
    TextDirection.wrapSafely(label);
    showWhenText(label, text);
    return label;
  }

  private static void showWhenText(Node node, ObservableStringValue text) {
    node.visibleProperty().bind(Bindings.isNotEmpty(text));
    node.managedProperty().bind(node.visibleProperty());
  }

  private static Label section(String text) {
    Label label = new Label(text);
    label.getStyleClass().add("section-label");
    return label;
  }

  private static HBox sectionWith(String text, Node trailing) {
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox line = new HBox(8, section(text), grow, trailing);
    line.setAlignment(Pos.BOTTOM_LEFT);
    return line;
  }
}
