package io.autoposter.desktop.calendar;

import atlantafx.base.theme.Styles;
import io.autoposter.desktop.ui.Confirm;
import io.autoposter.model.Brand;
import io.autoposter.model.PostId;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
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
 * The calendar screen: Month / Week / Day (keys M, W, D; T today; Page Up / Page Down), the legend
 * of network marks and status colours, the brand's zone, and the page. Drag a post to another day
 * or time slot to move it; double-click to open it.
 */
public final class CalendarView {

  private static final String STYLESHEET = "/io/autoposter/desktop/calendar/calendar.css";

  private final CalendarViewModel model;
  private final VBox root = new VBox(10);
  private final StackPane page = new StackPane();
  private final MonthGrid month;
  private final TimeGrid time;
  private final ToggleGroup modes = new ToggleGroup();

  public CalendarView(CalendarViewModel model) {
    this.model = Objects.requireNonNull(model, "model");
    this.month = new MonthGrid(model, this);
    this.time = new TimeGrid(model, this);
    root.getStyleClass().add("calendar-screen");
    root.setPadding(new Insets(20, 24, 16, 24));
    root.getStylesheets()
        .add(Objects.requireNonNull(CalendarView.class.getResource(STYLESHEET)).toExternalForm());
    Label empty = new Label(null, new FontIcon(Feather.INFO));
    empty.setId("calendarEmpty");
    empty.getStyleClass().addAll("calendar-empty");
    empty.setWrapText(true);
    empty.textProperty().bind(model.emptyNoteProperty());
    empty.visibleProperty().bind(model.emptyNoteProperty().isNotEmpty());
    empty.managedProperty().bind(empty.visibleProperty());
    empty.setMaxWidth(Double.MAX_VALUE);
    Label message = new Label();
    message.setId("calendarMessage");
    message.getStyleClass().addAll(Styles.TEXT_SMALL);
    message.textProperty().bind(model.messageProperty());
    message.managedProperty().bind(model.messageProperty().isNotEmpty());
    VBox.setVgrow(page, Priority.ALWAYS);
    page.setMinHeight(0);
    root.getChildren().addAll(header(), subHeader(), empty, page, message);
    model.days().addListener((ListChangeListener<DayCell>) c -> redraw());
    model.modeProperty().addListener((obs, was, now) -> selectMode(now));
    root.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    root.setOnMousePressed(
        e -> {
          if (root.getScene() != null
              && !(root.getScene().getFocusOwner() instanceof TextInputControl)) {
            root.requestFocus();
          }
        });
    selectMode(model.modeProperty().get());
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
    HBox switcher = new HBox();
    switcher.setId("calendarModes");
    CalendarMode[] all = CalendarMode.values();
    for (int i = 0; i < all.length; i++) {
      CalendarMode mode = all[i];
      ToggleButton button = new ToggleButton(mode.label());
      button.setId("calendarMode" + mode.label());
      button.setUserData(mode);
      button.setToggleGroup(modes);
      button.setTooltip(new Tooltip(mode.label() + " view (" + mode.key() + ")"));
      button
          .getStyleClass()
          .addAll(
              Styles.SMALL,
              i == 0
                  ? Styles.LEFT_PILL
                  : i == all.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
      button.setOnAction(e -> model.modeProperty().set(mode));
      switcher.getChildren().add(button);
    }
    // A click on the chosen view must not leave none chosen.
    modes
        .selectedToggleProperty()
        .addListener(
            (obs, was, now) -> {
              if (now == null && was != null) {
                modes.selectToggle(was);
              }
            });
    Button previous = iconButton(Feather.CHEVRON_LEFT, "calendarPrevious", "Previous (Page Up)");
    previous.setOnAction(e -> model.previous());
    Button next = iconButton(Feather.CHEVRON_RIGHT, "calendarNext", "Next (Page Down)");
    next.setOnAction(e -> model.next());
    Button today = new Button("Today");
    today.setId("calendarToday");
    today.getStyleClass().add(Styles.SMALL);
    today.setTooltip(new Tooltip("Today (T)"));
    today.setOnAction(e -> model.today());
    ComboBox<Brand> brands = new ComboBox<>(model.brands());
    brands.setId("calendarBrand");
    brands.valueProperty().bindBidirectional(model.brandProperty());
    brands.setCellFactory(list -> new BrandCell());
    brands.setButtonCell(new BrandCell());
    brands.setPrefWidth(230);
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox nav = new HBox(4, previous, today, next);
    nav.setAlignment(Pos.CENTER_LEFT);
    HBox header = new HBox(12, title, grow, switcher, brands, nav);
    header.setAlignment(Pos.CENTER_LEFT);
    return header;
  }

  private Node subHeader() {
    Label zone = new Label(null, new FontIcon(Feather.GLOBE));
    zone.setId("calendarZone");
    zone.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    zone.textProperty().bind(model.zoneNoteProperty());
    // Beside the legend it wraps rather than widen the window: at the first window size the two
    // did not fit on one line, and the whole window was laid out 14 px wider than the screen.
    zone.setWrapText(true);
    zone.setMinWidth(180);
    zone.setMinHeight(Region.USE_PREF_SIZE);
    zone.setTextAlignment(javafx.scene.text.TextAlignment.RIGHT);
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox row = new HBox(12, Legend.of(), grow, zone);
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }

  private static Button iconButton(Feather icon, String id, String tip) {
    Button button = new Button(null, new FontIcon(icon));
    button.setId(id);
    button.getStyleClass().addAll(Styles.SMALL, Styles.BUTTON_ICON);
    button.setTooltip(new Tooltip(tip));
    return button;
  }

  /** The day's quota label, red when over. */
  static Label quota(DayCell day) {
    Label quota = new Label(day.quota());
    quota.getStyleClass().add("calendar-quota");
    if (day.overQuota()) {
      quota.getStyleClass().add("calendar-quota-over");
      PostChip.tooltip(
          quota, "More posts than the account may publish in 24 hours: move some to other days.");
    } else if (!day.quota().isEmpty()) {
      PostChip.tooltip(
          quota,
          "Posts planned this day on Instagram (IG) and X, against each one's limit per 24"
              + " hours.");
    }
    quota.setMinWidth(Region.USE_PREF_SIZE);
    return quota;
  }

  private void key(KeyEvent e) {
    Node focus = root.getScene() == null ? null : root.getScene().getFocusOwner();
    if (e.isShortcutDown()
        || e.isAltDown()
        || focus instanceof TextInputControl
        || (focus instanceof ComboBoxBase<?> box && box.isShowing())) {
      return;
    }
    KeyCode code = e.getCode();
    switch (code) {
      case M -> model.modeProperty().set(CalendarMode.MONTH);
      case W -> model.modeProperty().set(CalendarMode.WEEK);
      case D -> model.modeProperty().set(CalendarMode.DAY);
      case T -> model.today();
      case PAGE_UP -> model.previous();
      case PAGE_DOWN -> model.next();
      default -> {
        return;
      }
    }
    e.consume();
  }

  private void selectMode(CalendarMode mode) {
    modes.getToggles().stream()
        .filter(t -> t.getUserData() == mode)
        .findFirst()
        .ifPresent(modes::selectToggle);
  }

  private void redraw() {
    CalendarMode mode = model.modeProperty().get();
    if (mode == CalendarMode.MONTH) {
      month.redraw(model.days());
      page.getChildren().setAll(month.node());
    } else {
      time.redraw(model.days(), mode);
      page.getChildren().setAll(time.node());
    }
  }

  /**
   * What a drop on {@code day} (at {@code at}, or the post's own time when null) does: refuses,
   * asks which instant the brand's clocks mean, asks before the past, or moves.
   */
  boolean drop(PostId id, LocalDate day, LocalTime at, Node owner) {
    MoveCheck check = model.checkMove(id, day, at);
    if (!check.allowed()) {
      model.refuse(check);
      return false;
    }
    Optional<MoveCheck.Choice> choice;
    if (check.needsChoice()) {
      choice = MoveQuestion.ask(owner, check);
    } else if (check.needsConfirmation()) {
      choice =
          Confirm.ask(owner, "Move into the past?", check.message(), "Move")
              ? Optional.of(check.choices().getFirst())
              : Optional.empty();
    } else {
      choice = Optional.of(check.choices().getFirst());
    }
    choice.ifPresent(c -> model.move(id, c.due()));
    return choice.isPresent();
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
