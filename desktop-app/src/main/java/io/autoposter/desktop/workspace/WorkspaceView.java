package io.autoposter.desktop.workspace;

import atlantafx.base.theme.Styles;
import io.autoposter.desktop.conflicts.ConflictsView;
import io.autoposter.desktop.preview.PreviewPane;
import io.autoposter.desktop.sync.SyncStatus;
import io.autoposter.desktop.ui.FxDebouncer;
import io.autoposter.desktop.ui.Sheet;
import io.autoposter.desktop.ui.TextDirection;
import io.autoposter.model.Brand;
import io.autoposter.model.PostId;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window: header, post list and compose form. Binds to {@link WorkspaceViewModel}. */
public final class WorkspaceView {

  private final VBox header;
  private final BorderPane body = new BorderPane();
  private final ConflictsView conflicts;
  private final ComposePane compose;
  private final WorkspaceViewModel model;
  private final ComboBox<Brand> brandSelector;
  private StackPane root;
  private final Sheet mediaSheet = new Sheet();
  private StackPane overlay;

  @SuppressWarnings("unchecked") // the header's brand selector is built just above
  public WorkspaceView(WorkspaceViewModel model) {
    this.model = model;
    model.compose().enableAutosave(new FxDebouncer(java.time.Duration.ofSeconds(2)));
    header = header(model);
    brandSelector = (ComboBox<Brand>) header.lookup("#brandSelector");
    conflicts = new ConflictsView(model.conflicts());
    body.getStyleClass().add("workspace");
    compose =
        new ComposePane(
            model.compose(),
            model::newPost,
            () -> model.openConflicts(model.compose().editingProperty().get()),
            mediaSheet);
    body.setCenter(postList(model, compose));
    ScrollPane composeScroll = new ScrollPane(compose);
    composeScroll.setId("composeScroll");
    composeScroll.setFitToWidth(true);
    composeScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    composeScroll.getStyleClass().add("compose-scroll");
    // The form scrolls; its buttons stay in view below it. "Preview" swaps the form for the
    // feed cards of the post as it stands.
    PreviewPane preview =
        new PreviewPane(
            model.compose().previewPostProperty(),
            model.selectedBrandProperty(),
            sha -> model.mediaFile(sha));
    ScrollPane previewScroll = new ScrollPane(preview.node());
    previewScroll.setId("previewScroll");
    previewScroll.setFitToWidth(true);
    previewScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    previewScroll.setPadding(new Insets(12, 22, 12, 22));
    previewScroll.getStyleClass().add("compose-scroll");
    BorderPane composeSide = new BorderPane(composeScroll);
    composeSide.setTop(writeOrPreview(composeSide, composeScroll, previewScroll));
    composeSide.setBottom(compose.actionBar());
    composeSide.getStyleClass().add("compose-side");
    // Wide enough for the action buttons of a scheduled post on one line (ComposeLayoutFxTest).
    composeSide.setPrefWidth(520);
    composeSide.setMinWidth(380);
    body.setRight(composeSide);
  }

  /** "Write" and "Preview" above the composer: which of the two fills it. */
  private static HBox writeOrPreview(BorderPane side, Node form, Node preview) {
    ToggleGroup group = new ToggleGroup();
    ToggleButton write = new ToggleButton("Write", new FontIcon(Feather.EDIT_3));
    write.setId("showWrite");
    ToggleButton look = new ToggleButton("Preview", new FontIcon(Feather.EYE));
    look.setId("showPreview");
    for (ToggleButton toggle : List.of(write, look)) {
      toggle.setToggleGroup(group);
      toggle.getStyleClass().add(Styles.SMALL);
    }
    write.getStyleClass().add(Styles.LEFT_PILL);
    look.getStyleClass().add(Styles.RIGHT_PILL);
    write.setSelected(true);
    group
        .selectedToggleProperty()
        .addListener(
            (obs, was, now) -> {
              if (now == null) {
                group.selectToggle(was);
                return;
              }
              side.setCenter(now == look ? preview : form);
            });
    HBox bar = new HBox(0, write, look);
    bar.setId("writeOrPreview");
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(12, 22, 0, 22));
    return bar;
  }

  /** Starts a new post in the composer, asking first when it holds unsaved changes. */
  public void requestNewPost() {
    if (!model.compose().hasUnsavedChanges() || compose.confirmDiscardChanges()) {
      model.newPost();
    }
    compose.focusCaption();
  }

  /** Opens post {@code id} in the composer, asking first when it holds unsaved changes. */
  public void requestOpen(PostId id) {
    if (id.equals(model.compose().editingProperty().get())) {
      return;
    }
    if (!model.compose().hasUnsavedChanges() || compose.confirmDiscardChanges()) {
      model.openPost(id);
    }
  }

  /** Schedules the post in the composer, when it can be. */
  public void requestSchedule() {
    if (model.compose().canScheduleProperty().get()) {
      model.compose().schedule();
    }
  }

  /** Opens the brand switcher's list, for the keyboard. */
  public void openBrandSwitcher() {
    if (brandSelector != null && !model.brands().isEmpty()) {
      brandSelector.requestFocus();
      brandSelector.show();
    }
  }

  /** The header (agency, brand switcher, sync status), for the app shell to place on top. */
  public VBox header() {
    return header;
  }

  /** Post list and compose form, without the header. */
  public Parent body() {
    return body;
  }

  /** The conflict dialog's layer, for the app shell to stack over the whole window. */
  public Node overlay() {
    if (overlay == null) {
      overlay = new StackPane(conflicts.layer(), mediaSheet.layer());
      overlay.setPickOnBounds(false);
      // Out of the way (and of the mouse) while neither dialog is open.
      overlay
          .visibleProperty()
          .bind(conflicts.layer().visibleProperty().or(mediaSheet.layer().visibleProperty()));
    }
    return overlay;
  }

  /** The composer, for tests and screenshots that open its media sheets. */
  ComposePane composePane() {
    return compose;
  }

  private static VBox header(WorkspaceViewModel model) {
    FontIcon logo = new FontIcon(Feather.SEND);
    logo.getStyleClass().add("brand-logo");
    Label product = new Label("Autoposter");
    product.getStyleClass().add("product-name");
    product.setMinWidth(Region.USE_PREF_SIZE);
    Label divider = new Label("/");
    divider.getStyleClass().add(Styles.TEXT_MUTED);
    divider.setMinWidth(Region.USE_PREF_SIZE);
    Label agency = new Label();
    agency.setId("agencyName");
    agency.getStyleClass().add("agency-name");
    agency.textProperty().bind(model.agencyNameProperty());
    agency.setMinWidth(80);
    agency.setTextOverrun(OverrunStyle.ELLIPSIS);

    ComboBox<Brand> brands = new ComboBox<>(model.brands());
    brands.setId("brandSelector");
    brands.setPromptText("No brands yet");
    brands.valueProperty().bindBidirectional(model.selectedBrandProperty());
    brands.setCellFactory(list -> new BrandCell());
    brands.setButtonCell(new BrandCell());
    brands.setPrefWidth(240);
    brands.setMinWidth(140);
    Label brandLabel = new Label("Brand");
    brandLabel.getStyleClass().add(Styles.TEXT_MUTED);
    brandLabel.setMinWidth(Region.USE_PREF_SIZE);

    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);

    SyncStatusViewModel sync = model.status();
    Label status = new Label();
    status.setId("syncStatus");
    status.getStyleClass().add("sync-status");
    status.textProperty().bind(sync.textProperty());
    status.visibleProperty().bind(sync.statusVisibleProperty());
    status.managedProperty().bind(status.visibleProperty());
    status.setMinWidth(140);
    status.setAlignment(Pos.CENTER);
    status.setTextOverrun(OverrunStyle.ELLIPSIS);
    Tooltip statusTip = new Tooltip();
    statusTip.setWrapText(true);
    statusTip.setMaxWidth(360);
    statusTip.textProperty().bind(sync.detailProperty());
    status.setTooltip(statusTip);
    FontIcon statusIcon = new FontIcon();
    status.setGraphic(statusIcon);
    sync.kindProperty()
        .subscribe(
            kind -> {
              for (SyncStatus.Kind k : SyncStatus.Kind.values()) {
                status.getStyleClass().remove(kindStyle(k));
              }
              status.getStyleClass().add(kindStyle(kind));
              statusIcon.setIconCode(
                  switch (kind) {
                    case SYNCED -> Feather.CHECK_CIRCLE;
                    case PENDING -> Feather.UPLOAD_CLOUD;
                    case OFFLINE -> Feather.WIFI_OFF;
                    case SIGNED_OUT -> Feather.LOG_IN;
                    case ERROR -> Feather.ALERT_CIRCLE;
                  });
            });

    Button conflicts = new Button(null, new FontIcon(Feather.ALERT_TRIANGLE));
    conflicts.setId("conflictsButton");
    conflicts.getStyleClass().addAll("sync-conflicts", Styles.SMALL);
    conflicts.textProperty().bind(sync.conflictsTextProperty());
    conflicts.visibleProperty().bind(sync.conflictsVisibleProperty());
    conflicts.managedProperty().bind(conflicts.visibleProperty());
    conflicts.setMinWidth(Region.USE_PREF_SIZE);
    conflicts.setTooltip(new Tooltip("Open the conflicts and choose what each post keeps"));
    conflicts.setOnAction(e -> model.openConflicts());

    // A slim strip under the header while a long sync step runs; the app stays usable.
    FontIcon progressIcon = new FontIcon(Feather.DOWNLOAD_CLOUD);
    progressIcon.getStyleClass().add("sync-progress-icon");
    sync.progressTextProperty()
        .subscribe(
            text ->
                progressIcon.setIconCode(
                    text.startsWith("Uploading") ? Feather.UPLOAD_CLOUD : Feather.DOWNLOAD_CLOUD));
    Label progressText = new Label();
    progressText.setId("syncProgressText");
    progressText.getStyleClass().add("sync-progress-text");
    progressText.setGraphic(progressIcon);
    progressText.textProperty().bind(sync.progressTextProperty());
    progressText.setMinWidth(Region.USE_PREF_SIZE);
    ProgressBar bar = new ProgressBar();
    bar.setId("syncProgressBar");
    bar.setPrefWidth(240);
    bar.getStyleClass().add(Styles.SMALL);
    bar.progressProperty().bind(sync.progressProperty());
    Label keepWorking = new Label("You can keep working meanwhile.");
    keepWorking.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    keepWorking.setMinWidth(0);
    keepWorking.setTextOverrun(OverrunStyle.ELLIPSIS);
    HBox progress = new HBox(12, progressText, bar, keepWorking);
    progress.setId("syncProgress");
    progress.getStyleClass().add("sync-progress-strip");
    progress.setAlignment(Pos.CENTER_LEFT);
    progress.setPadding(new Insets(6, 20, 6, 20));
    progress.visibleProperty().bind(sync.progressVisibleProperty());
    progress.managedProperty().bind(progress.visibleProperty());

    Button syncNow = new Button(null, new FontIcon(Feather.REFRESH_CW));
    syncNow.setId("syncNow");
    syncNow.textProperty().bind(sync.syncActionTextProperty());
    syncNow.getStyleClass().add(Styles.SMALL);
    syncNow.setMinWidth(Region.USE_PREF_SIZE);
    syncNow.setOnAction(e -> model.syncNow());

    HBox row =
        new HBox(
            10,
            logo,
            product,
            divider,
            agency,
            spacer(24),
            brandLabel,
            brands,
            grow,
            status,
            conflicts,
            syncNow);
    row.setAlignment(Pos.CENTER_LEFT);
    row.setPadding(new Insets(12, 20, 12, 20));
    VBox header = new VBox(row, progress);
    header.getStyleClass().add("app-header");
    return header;
  }

  private static VBox postList(WorkspaceViewModel model, ComposePane compose) {
    Label title = new Label();
    title.setId("listTitle");
    title.getStyleClass().add(Styles.TITLE_3);
    title.textProperty().bind(model.listTitleProperty());
    Label count = new Label();
    count.getStyleClass().add(Styles.TEXT_MUTED);
    count
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.createStringBinding(
                () ->
                    model.posts().size() == 1
                        ? "1 post"
                        : model.posts().size() >= WorkspaceViewModel.LIST_LIMIT
                            ? "first " + WorkspaceViewModel.LIST_LIMIT
                            : model.posts().size() + " posts",
                model.posts()));
    HBox heading = new HBox(10, title, count);
    heading.setAlignment(Pos.BASELINE_LEFT);

    ListView<PostRow> list = new ListView<>(model.posts());
    list.setId("postList");
    list.getStyleClass().add("post-list");
    list.setCellFactory(l -> new PostCell(model::openConflicts));
    followSelection(model, list, compose);
    FontIcon emptyIcon = new FontIcon(Feather.EDIT_3);
    emptyIcon.getStyleClass().add("empty-icon");
    Label emptyText = new Label();
    emptyText.setId("emptyState");
    emptyText.getStyleClass().add("empty-text");
    emptyText.setWrapText(true);
    TextDirection.wrapSafely(emptyText);
    emptyText.textProperty().bind(model.emptyTextProperty());
    VBox empty = new VBox(12, emptyIcon, emptyText);
    empty.setAlignment(Pos.CENTER);
    empty.setMaxWidth(360);
    list.setPlaceholder(empty);
    VBox.setVgrow(list, Priority.ALWAYS);

    Label note = new Label();
    note.setId("listNote");
    note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    note.textProperty().bind(model.listNoteProperty());
    note.visibleProperty().bind(model.listNoteProperty().isNotEmpty());
    note.managedProperty().bind(note.visibleProperty());
    VBox box = new VBox(12, heading, list, note);
    box.setPadding(new Insets(20, 20, 20, 20));
    box.getStyleClass().add("post-list-pane");
    return box;
  }

  private static Region spacer(double width) {
    Region region = new Region();
    region.setMinWidth(width);
    return region;
  }

  private static String kindStyle(SyncStatus.Kind kind) {
    return "sync-" + kind.name().toLowerCase(Locale.ROOT);
  }

  /**
   * Keeps the list's selection and the post open in the composer together: picking a row opens its
   * post (after asking when the composer holds unsaved changes); a refresh re-selects it.
   */
  private static void followSelection(
      WorkspaceViewModel model, ListView<PostRow> list, ComposePane compose) {
    boolean[] reverting = {false};
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, row) -> {
              if (row == null || reverting[0]) {
                return;
              }
              PostId open = model.compose().editingProperty().get();
              if (row.id().equals(open) || !model.compose().hasUnsavedChanges()) {
                model.select(row);
                return;
              }
              // Ask after this selection event has finished, then go back if the user says no.
              Platform.runLater(
                  () -> {
                    if (compose.confirmDiscardChanges()) {
                      model.select(row);
                    } else {
                      reverting[0] = true;
                      PostRow current = model.selectedPostProperty().get();
                      if (current == null) {
                        list.getSelectionModel().clearSelection();
                      } else {
                        list.getSelectionModel().select(current);
                      }
                      reverting[0] = false;
                    }
                  });
            });
    // A refresh replaces the rows; keep the open post's row selected.
    model
        .posts()
        .addListener(
            (javafx.collections.ListChangeListener<PostRow>)
                c -> {
                  PostRow want = model.selectedPostProperty().get();
                  reverting[0] = true;
                  if (want == null) {
                    list.getSelectionModel().clearSelection();
                  } else {
                    list.getItems().stream()
                        .filter(r -> r.id().equals(want.id()))
                        .findFirst()
                        .ifPresent(r -> list.getSelectionModel().select(r));
                  }
                  reverting[0] = false;
                });
    model
        .selectedPostProperty()
        .subscribe(
            row -> {
              reverting[0] = true;
              if (row == null) {
                list.getSelectionModel().clearSelection();
              } else if (list.getSelectionModel().getSelectedItem() != row) {
                list.getSelectionModel().select(row);
              }
              reverting[0] = false;
            });
  }

  /** Header and body together; do not combine with {@link #header()} and {@link #body()}. */
  public Parent root() {
    if (root == null) {
      BorderPane page = new BorderPane(body, header, null, null, null);
      page.getStyleClass().add("workspace");
      root = new StackPane(page, overlay());
    }
    return root;
  }

  /** A brand with its colour dot. */
  private static final class BrandCell extends ListCell<Brand> {
    @Override
    protected void updateItem(Brand brand, boolean empty) {
      super.updateItem(brand, empty);
      if (empty || brand == null) {
        setText(null);
        setGraphic(null);
        return;
      }
      setText(brand.name());
      // The brand's initial on its colour: recognisable at a glance, and there offline.
      Label initial =
          new Label(
              brand.name().isBlank() ? "?" : brand.name().substring(0, 1).toUpperCase(Locale.ROOT));
      initial.getStyleClass().add("brand-switcher-initial");
      setGraphic(new StackPane(new Circle(10, Color.web(brand.color())), initial));
    }
  }
}
