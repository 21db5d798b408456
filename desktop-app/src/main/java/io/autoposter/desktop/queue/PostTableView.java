package io.autoposter.desktop.queue;

import atlantafx.base.theme.Styles;
import io.autoposter.desktop.ui.Confirm;
import io.autoposter.desktop.ui.EmptyState;
import io.autoposter.model.Brand;
import io.autoposter.model.Network;
import io.autoposter.model.PostStatus;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Queue, Drafts or History screen: filters above a virtualized post table, a bar of bulk
 * actions for the selected rows, and an empty state that says what to do next.
 */
public final class PostTableView {

  static final String STYLESHEET = "/io/autoposter/desktop/queue/queue.css";

  private final PostTableViewModel model;
  private final VBox root;
  private final TableView<QueueRow> table;
  private final HBox headerActions = new HBox(8);
  private final TextField textField = new TextField();

  public PostTableView(PostTableViewModel model) {
    this.model = Objects.requireNonNull(model, "model");
    table = table();
    StackPane tableArea = new StackPane(table);
    VBox.setVgrow(tableArea, Priority.ALWAYS);

    root = new VBox(14, header(), filters(), bulkBar(), tableArea, resultLine());
    root.setPadding(new Insets(24));
    root.getStyleClass().add("post-table-screen");
    root.getStylesheets()
        .add(Objects.requireNonNull(PostTableView.class.getResource(STYLESHEET)).toExternalForm());
  }

  /** Puts the cursor in the text filter, selecting what is there (for the search shortcut). */
  public void focusSearch() {
    textField.requestFocus();
    textField.selectAll();
  }

  /** Adds {@code action} (such as a button) at the right of the title line, for the app shell. */
  public void addHeaderAction(Node action) {
    headerActions.getChildren().add(action);
  }

  /** The screen, for the app shell. */
  public Parent node() {
    return root;
  }

  // ---- parts ----

  private Node header() {
    Label title = new Label(model.mode().title());
    title.getStyleClass().add(Styles.TITLE_3);
    Label count = new Label();
    count.setId("postCount");
    count.getStyleClass().add(Styles.TEXT_MUTED);
    count.textProperty().bind(model.countTextProperty());
    ProgressIndicator loading = new ProgressIndicator();
    loading.setPrefSize(18, 18);
    loading.visibleProperty().bind(model.busyProperty());
    javafx.scene.layout.Region grow = new javafx.scene.layout.Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    headerActions.setAlignment(Pos.CENTER_RIGHT);
    HBox header = new HBox(12, title, count, loading, grow, headerActions);
    header.setAlignment(Pos.CENTER_LEFT);
    return header;
  }

  private Node filters() {
    ComboBox<Brand> brand = new ComboBox<>();
    brand.setId("brandFilter");
    brand.getItems().add(null);
    brand.getItems().addAll(model.brands());
    model
        .brands()
        .addListener(
            (ListChangeListener<Brand>)
                c -> {
                  Brand chosen = brand.getValue();
                  brand.getItems().setAll(model.brands());
                  brand.getItems().addFirst(null);
                  brand.setValue(chosen);
                });
    brand.valueProperty().bindBidirectional(model.brandProperty());
    brand.setCellFactory(l -> new FilterCells.BrandCell());
    brand.setButtonCell(new FilterCells.BrandCell());
    brand.setPrefWidth(190);

    ComboBox<Network> network = new ComboBox<>();
    network.setId("networkFilter");
    network.getItems().add(null);
    network.getItems().addAll(Network.values());
    network.valueProperty().bindBidirectional(model.networkProperty());
    network.setCellFactory(l -> new FilterCells.NetworkCell());
    network.setButtonCell(new FilterCells.NetworkCell());
    network.setPrefWidth(160);

    ComboBox<PostStatus> status = new ComboBox<>();
    status.setId("statusFilter");
    status.getItems().add(null);
    status.getItems().addAll(model.mode().statuses());
    status.valueProperty().bindBidirectional(model.statusProperty());
    status.setCellFactory(l -> new FilterCells.StatusCell());
    status.setButtonCell(new FilterCells.StatusCell());
    status.setPrefWidth(160);
    status.setVisible(model.mode().statuses().size() > 1);
    status.setManaged(status.isVisible());

    DatePicker from = new DatePicker();
    from.setId("fromFilter");
    from.setPromptText("From");
    from.setPrefWidth(135);
    from.valueProperty().bindBidirectional(model.fromProperty());
    DatePicker to = new DatePicker();
    to.setId("toFilter");
    to.setPromptText("To");
    to.setPrefWidth(135);
    to.valueProperty().bindBidirectional(model.toProperty());

    TextField text = textField;
    text.setId("textFilter");
    text.setPromptText("Search captions, first comments and tags");
    text.textProperty().bindBidirectional(model.textProperty());
    text.setMinWidth(240);
    FontIcon searchIcon = new FontIcon(Feather.SEARCH);
    searchIcon.getStyleClass().add("search-icon");
    HBox search = new HBox(6, searchIcon, text);
    search.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(text, Priority.ALWAYS);
    HBox.setHgrow(search, Priority.ALWAYS);

    Button clear = new Button("Clear filters", new FontIcon(Feather.X));
    clear.setId("clearFilters");
    clear.getStyleClass().add(Styles.FLAT);
    clear.setOnAction(e -> model.clearFilters());
    clear
        .visibleProperty()
        .bind(
            Bindings.createBooleanBinding(
                () ->
                    model.brandProperty().get() != null
                        || model.networkProperty().get() != null
                        || model.statusProperty().get() != null
                        || model.fromProperty().get() != null
                        || model.toProperty().get() != null
                        || !model.textProperty().get().isBlank(),
                model.brandProperty(),
                model.networkProperty(),
                model.statusProperty(),
                model.fromProperty(),
                model.toProperty(),
                model.textProperty()));

    clear.managedProperty().bind(clear.visibleProperty());
    HBox bar = new HBox(8, search, brand, network, status, from, to, clear);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.getStyleClass().add("filter-bar");
    return bar;
  }

  private TableView<QueueRow> table() {
    TableView<QueueRow> view = new TableView<>(model.rows());
    view.setId("postTable");
    view.getStyleClass().addAll("post-table", Styles.STRIPED);
    view.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    // Fixed row height: the table then lays out only the rows on screen, even for 50,000 posts.
    view.setFixedCellSize(44);
    view.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    view.getColumns().addAll(PostColumns.all(model.mode()));
    view.setRowFactory(
        t -> {
          var row = new javafx.scene.control.TableRow<QueueRow>();
          row.setOnMouseClicked(
              e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                  model.open(row.getItem());
                }
              });
          return row;
        });
    view.setOnKeyPressed(
        e -> {
          QueueRow focused = view.getFocusModel().getFocusedItem();
          if (e.getCode() == KeyCode.ENTER && focused != null) {
            model.open(focused);
            e.consume();
          }
        });
    view.placeholderProperty()
        .bind(Bindings.createObjectBinding(this::placeholder, model.shownProperty()));
    return view;
  }

  private Node placeholder() {
    return switch (model.shownProperty().get()) {
      case LOADING -> {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(36, 36);
        Label text = new Label("Reading posts on this computer…");
        text.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(12, spinner, text);
        box.setAlignment(Pos.CENTER);
        yield box;
      }
      case EMPTY -> emptyState();
      case NO_MATCH -> {
        VBox box =
            EmptyState.of(
                Feather.FILTER,
                "No posts match these filters",
                "Try other words or dates, or show every post again.");
        Button clear = new Button("Clear filters");
        clear.setId("clearFiltersEmpty");
        clear.getStyleClass().add(Styles.ACCENT);
        clear.setOnAction(e -> model.clearFilters());
        box.getChildren().add(clear);
        yield box;
      }
      case ROWS -> new Region();
    };
  }

  private Node emptyState() {
    return switch (model.mode()) {
      case QUEUE ->
          EmptyState.of(
              Feather.CALENDAR,
              "Nothing is scheduled",
              "Write a post and give it a due time, or import many at once from a CSV file."
                  + " Scheduled posts line up here, the next one first.");
      case DRAFTS ->
          EmptyState.of(
              Feather.EDIT_3,
              "No drafts",
              "Posts you save without scheduling them wait here. Start one with New post"
                  + " (Ctrl+N).");
      case SEARCH ->
          EmptyState.of(
              Feather.SEARCH,
              "No posts yet",
              "Posts of every brand are searched here once there are some. Start one with New"
                  + " post (Ctrl+N) or import many from a CSV file in the Queue.");
      case HISTORY ->
          EmptyState.of(
              Feather.ARCHIVE,
              "Nothing published yet",
              "Published, failed and cancelled posts appear here, the newest first. Schedule a"
                  + " post in the Queue to get started.");
    };
  }

  private Node bulkBar() {
    Label selected = new Label();
    selected.setId("selectionCount");
    selected.getStyleClass().add("selection-count");
    var selection = table.getSelectionModel().getSelectedItems();
    selected
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    selection.size() == 1
                        ? "1 post selected"
                        : selection.size() + " posts selected",
                selection));

    MenuButton reschedule = new MenuButton("Reschedule", new FontIcon(Feather.CALENDAR));
    reschedule.setId("bulkReschedule");
    reschedule
        .getItems()
        .addAll(
            item("1 day later", () -> reschedule(new Reschedule.ShiftDays(1))),
            item("1 week later", () -> reschedule(new Reschedule.ShiftDays(7))),
            item("1 day earlier", () -> reschedule(new Reschedule.ShiftDays(-1))),
            new SeparatorMenuItem(),
            item(
                "Shift by a number of days…",
                () -> RescheduleDialogs.askDays(root).ifPresent(this::reschedule)),
            item(
                "Move to a date…",
                () -> RescheduleDialogs.askDate(root).ifPresent(this::reschedule)));

    MenuButton duplicate = new MenuButton("Duplicate", new FontIcon(Feather.COPY));
    duplicate.setId("bulkDuplicate");
    CheckMenuItem keepTime = new CheckMenuItem("Keep the due time");
    keepTime.selectedProperty().bindBidirectional(model.keepDueTimeOnDuplicateProperty());
    duplicate
        .getItems()
        .addAll(item("Duplicate as drafts", () -> model.duplicate(selected())), keepTime);

    Button cancel = new Button("Back to drafts", new FontIcon(Feather.SLASH));
    cancel.setId("bulkCancel");
    cancel.setOnAction(e -> model.cancel(selected()));
    cancel.setVisible(model.mode() != PostTableViewModel.Mode.DRAFTS);
    cancel.setManaged(cancel.isVisible());

    Button delete = new Button("Delete", new FontIcon(Feather.TRASH_2));
    delete.setId("bulkDelete");
    delete.getStyleClass().add(Styles.DANGER);
    delete.setOnAction(e -> delete());

    Button deselect = new Button("Clear selection");
    deselect.getStyleClass().add(Styles.FLAT);
    deselect.setOnAction(e -> table.getSelectionModel().clearSelection());

    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox bar = new HBox(8, selected, grow, reschedule, duplicate, cancel, delete, deselect);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.getStyleClass().add("bulk-bar");
    bar.visibleProperty().bind(Bindings.isNotEmpty(selection));
    bar.managedProperty().bind(bar.visibleProperty());
    bar.disableProperty().bind(model.busyProperty());
    return bar;
  }

  private Node resultLine() {
    Label result = new Label();
    result.setId("bulkResult");
    result.getStyleClass().add("result-line");
    result.setGraphic(new FontIcon(Feather.INFO));
    result.textProperty().bind(model.resultProperty());
    result.visibleProperty().bind(model.resultProperty().isNotEmpty());
    result.managedProperty().bind(result.visibleProperty());
    return result;
  }

  // ---- actions ----

  private List<QueueRow> selected() {
    return List.copyOf(table.getSelectionModel().getSelectedItems());
  }

  private void reschedule(Reschedule how) {
    model.reschedule(selected(), how);
  }

  private void delete() {
    List<QueueRow> rows = selected();
    long readOnly = PostTableViewModel.readOnlyCount(rows);
    long deletable = rows.size() - readOnly;
    if (deletable == 0) {
      model.delete(rows); // says that the published ones were skipped
      return;
    }
    String text =
        (deletable == 1 ? "1 post" : deletable + " posts")
            + " will be deleted on every device of your team. This cannot be undone."
            + (readOnly == 0
                ? ""
                : "\n"
                    + readOnly
                    + " published "
                    + (readOnly == 1 ? "post stays" : "posts stay")
                    + ": published posts are kept as a record.");
    if (Confirm.ask(
        root,
        "Delete " + (deletable == 1 ? "1 post" : deletable + " posts") + "?",
        text,
        "Delete")) {
      model.delete(rows);
    }
  }

  private static MenuItem item(String text, Runnable action) {
    MenuItem item = new MenuItem(text);
    item.setOnAction(e -> action.run());
    return item;
  }
}
