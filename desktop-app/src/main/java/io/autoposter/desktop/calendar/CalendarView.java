package io.autoposter.desktop.calendar;

import atlantafx.base.theme.Styles;
import io.autoposter.desktop.ui.Confirm;
import io.autoposter.model.Brand;
import io.autoposter.model.Network;
import io.autoposter.model.PostId;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The month grid: drag a post to another day to move it; double-click to open it. */
public final class CalendarView {

  private static final String STYLESHEET = "/io/autoposter/desktop/calendar/calendar.css";
  private static final int CHIPS_PER_DAY = 3;

  private final CalendarViewModel model;
  private final VBox root = new VBox(12);
  private final GridPane grid = new GridPane();

  public CalendarView(CalendarViewModel model) {
    this.model = Objects.requireNonNull(model, "model");
    root.getStyleClass().add("calendar-screen");
    root.setPadding(new Insets(20, 24, 20, 24));
    root.getStylesheets()
        .add(Objects.requireNonNull(CalendarView.class.getResource(STYLESHEET)).toExternalForm());
    Label empty = new Label();
    empty.setId("calendarEmpty");
    empty.getStyleClass().addAll(Styles.TEXT_MUTED);
    empty.textProperty().bind(model.emptyNoteProperty());
    empty.visibleProperty().bind(model.emptyNoteProperty().isNotEmpty());
    empty.managedProperty().bind(empty.visibleProperty());
    Label message = new Label();
    message.setId("calendarMessage");
    message.getStyleClass().addAll(Styles.TEXT_SMALL);
    message.textProperty().bind(model.messageProperty());
    grid.setId("calendarGrid");
    grid.getStyleClass().add("calendar-grid");
    grid.setHgap(4);
    grid.setVgap(4);
    for (int c = 0; c < 7; c++) {
      ColumnConstraints column = new ColumnConstraints();
      column.setPercentWidth(100.0 / 7);
      grid.getColumnConstraints().add(column);
    }
    VBox.setVgrow(grid, Priority.ALWAYS);
    root.getChildren().addAll(header(), empty, grid, message);
    model.days().addListener((ListChangeListener<DayCell>) c -> redraw());
    redraw();
  }

  public Parent node() {
    return root;
  }

  private Node header() {
    Label title = new Label();
    title.setId("calendarTitle");
    title.getStyleClass().add(Styles.TITLE_3);
    title.textProperty().bind(model.titleProperty());
    title.setMinWidth(Region.USE_PREF_SIZE);
    Button previous = iconButton(Feather.CHEVRON_LEFT, "calendarPrevious", "Previous month");
    previous.setOnAction(e -> model.previous());
    Button next = iconButton(Feather.CHEVRON_RIGHT, "calendarNext", "Next month");
    next.setOnAction(e -> model.next());
    Button today = new Button("Today");
    today.setId("calendarToday");
    today.getStyleClass().add(Styles.SMALL);
    today.setOnAction(e -> model.today());
    ComboBox<Brand> brands = new ComboBox<>(model.brands());
    brands.setId("calendarBrand");
    brands.valueProperty().bindBidirectional(model.brandProperty());
    brands.setCellFactory(list -> new BrandCell());
    brands.setButtonCell(new BrandCell());
    brands.setPrefWidth(240);
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox header = new HBox(8, title, grow, brands, previous, today, next);
    header.setAlignment(Pos.CENTER_LEFT);
    return header;
  }

  private static Button iconButton(Feather icon, String id, String tip) {
    Button button = new Button(null, new FontIcon(icon));
    button.setId(id);
    button.getStyleClass().addAll(Styles.SMALL, Styles.BUTTON_ICON);
    button.setTooltip(new javafx.scene.control.Tooltip(tip));
    return button;
  }

  private void redraw() {
    grid.getChildren().clear();
    grid.getRowConstraints().clear();
    RowConstraints headerRow = new RowConstraints();
    headerRow.setMinHeight(Region.USE_PREF_SIZE);
    grid.getRowConstraints().add(headerRow);
    for (int c = 0; c < 7; c++) {
      Label name = new Label(DayOfWeek.of(c + 1).getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
      name.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "calendar-weekday");
      grid.add(name, c, 0);
    }
    for (int r = 0; r < 6; r++) {
      RowConstraints row = new RowConstraints();
      row.setVgrow(Priority.ALWAYS);
      row.setMinHeight(80);
      grid.getRowConstraints().add(row);
    }
    int i = 0;
    for (DayCell day : model.days()) {
      grid.add(cell(day), i % 7, 1 + i / 7);
      i++;
    }
  }

  private Node cell(DayCell day) {
    VBox cell = new VBox(3);
    cell.setId("day-" + day.date());
    cell.getStyleClass().add("calendar-day");
    if (!day.inMonth()) {
      cell.getStyleClass().add("calendar-day-outside");
    }
    cell.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
    cell.setMinWidth(0);
    Label number = new Label(Integer.toString(day.date().getDayOfMonth()));
    number.getStyleClass().add(day.today() ? "calendar-today" : "calendar-day-number");
    HBox top = new HBox(6, number);
    top.setAlignment(Pos.CENTER_LEFT);
    if (!day.quota().isEmpty()) {
      Label quota = new Label(day.quota());
      quota.getStyleClass().addAll("calendar-quota", day.overQuota() ? "calendar-quota-over" : "");
      top.getChildren().add(quota);
    }
    cell.getChildren().add(top);
    int shown = 0;
    for (CalendarItem item : day.items()) {
      if (shown++ == CHIPS_PER_DAY) {
        Label more = new Label("+" + (day.items().size() - CHIPS_PER_DAY) + " more");
        more.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        cell.getChildren().add(more);
        break;
      }
      cell.getChildren().add(chip(item));
    }
    cell.setOnDragOver(
        e -> {
          if (e.getDragboard().hasString() && e.getGestureSource() != cell) {
            e.acceptTransferModes(TransferMode.MOVE);
          }
          e.consume();
        });
    cell.setOnDragEntered(e -> cell.getStyleClass().add("calendar-drop-target"));
    cell.setOnDragExited(e -> cell.getStyleClass().remove("calendar-drop-target"));
    cell.setOnDragDropped(
        e -> {
          Dragboard board = e.getDragboard();
          boolean done = board.hasString() && drop(PostId.parse(board.getString()), day, cell);
          e.setDropCompleted(done);
          e.consume();
        });
    return cell;
  }

  /** What a drop on {@code day} does; public for keyboard-free tests of the same path. */
  boolean drop(PostId id, DayCell day, Node owner) {
    MoveCheck check = model.checkMove(id, day.date());
    if (!check.allowed()) {
      model.move(id, day.date());
      return false;
    }
    if (check.needsConfirmation()
        && !Confirm.ask(owner, "Move into the past?", check.message(), "Move")) {
      return false;
    }
    model.move(id, day.date());
    return true;
  }

  private Node chip(CalendarItem item) {
    Label time = new Label(item.time());
    time.getStyleClass().add("calendar-chip-time");
    time.setMinWidth(Region.USE_PREF_SIZE);
    Label text = new Label(item.snippet());
    text.setTextOverrun(OverrunStyle.ELLIPSIS);
    text.setMinWidth(0);
    HBox dots = new HBox(2);
    dots.setAlignment(Pos.CENTER_LEFT);
    for (Network network : item.networks()) {
      Circle dot = new Circle(3);
      dot.getStyleClass()
          .addAll("network-dot", "network-" + network.name().toLowerCase(Locale.ROOT));
      dots.getChildren().add(dot);
    }
    dots.setMinWidth(Region.USE_PREF_SIZE);
    HBox chip = new HBox(4, dots, time, text);
    chip.setId("chip-" + item.id());
    chip.setAlignment(Pos.CENTER_LEFT);
    chip.getStyleClass()
        .addAll("calendar-chip", "status-" + item.status().name().toLowerCase(Locale.ROOT));
    chip.setMinWidth(0);
    chip.setUserData(item.id());
    if (item.movable()) {
      chip.setOnDragDetected(
          e -> {
            Dragboard board = chip.startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.putString(item.id().toString());
            board.setContent(content);
            e.consume();
          });
    }
    chip.setOnMouseClicked(
        e -> {
          if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
            model.open(item.id());
          }
        });
    return chip;
  }

  /** A brand with its colour dot. */
  private static final class BrandCell extends ListCell<Brand> {
    @Override
    protected void updateItem(Brand brand, boolean empty) {
      super.updateItem(brand, empty);
      setText(empty || brand == null ? null : brand.name());
      setGraphic(empty || brand == null ? null : new Circle(5, Color.web(brand.color())));
    }
  }
}
