package io.autoposter.desktop.audit;

import atlantafx.base.theme.Styles;
import io.autoposter.desktop.ui.EmptyState;
import io.autoposter.desktop.ui.NeedsConnection;
import io.autoposter.desktop.ui.TextCells;
import io.autoposter.model.api.AuditEntry;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Audit log screen: filters, a virtualized table, paging. */
public final class AuditView {

  /** Compact and fixed-width enough for a column: "20 Nov 2026, 12:00". */
  static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm", Locale.ENGLISH);

  private final Parent root;

  public AuditView(AuditViewModel model) {
    DateTimeFormatter when = WHEN.withZone(model.zone());

    List<String> actions = new ArrayList<>();
    actions.add("");
    actions.addAll(AuditActions.known());
    ComboBox<String> action = new ComboBox<>();
    action.getItems().setAll(actions);
    action.setId("auditAction");
    action.valueProperty().bindBidirectional(model.actionProperty());
    action.setCellFactory(l -> new ActionCell());
    action.setButtonCell(new ActionCell());
    action.setPrefWidth(230);
    TextField actor = new TextField();
    actor.setId("auditActor");
    actor.setPromptText("Actor e-mail");
    actor.textProperty().bindBidirectional(model.actorProperty());
    actor.setOnAction(e -> model.search());
    DatePicker from = new DatePicker();
    from.setPromptText("From");
    from.setPrefWidth(150);
    from.valueProperty().bindBidirectional(model.fromProperty());
    DatePicker to = new DatePicker();
    to.setPromptText("To");
    to.setPrefWidth(150);
    to.valueProperty().bindBidirectional(model.toProperty());
    Button apply = new Button("Apply", new FontIcon(Feather.FILTER));
    apply.setId("auditApply");
    apply.setOnAction(e -> model.search());
    Button clear = new Button("Clear");
    clear.getStyleClass().add(Styles.FLAT);
    clear.setOnAction(e -> model.clearFilters());
    HBox filters = new HBox(8, action, actor, from, to, apply, clear);
    filters.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(actor, Priority.ALWAYS);

    TableView<AuditEntry> table = new TableView<>(model.entries());
    table.setId("auditTable");
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPlaceholder(
        EmptyState.of(
            Feather.LIST,
            "Nothing recorded",
            "No entries match these filters. Try clearing them."));
    table
        .getColumns()
        .add(TextCells.column("Time", e -> e.at() == null ? "" : when.format(e.at()), 160));
    table
        .getColumns()
        .add(
            TextCells.column(
                "Actor", e -> e.actorEmail() == null ? "anonymous" : e.actorEmail(), 210));
    TableColumn<AuditEntry, String> what = TextCells.column("Action", AuditEntry::action, 310);
    what.setCellFactory(c -> new ActionTableCell());
    table.getColumns().add(what);
    table.getColumns().add(TextCells.column("Target", e -> nonNull(e.target()), 160));
    table.getColumns().add(TextCells.column("IP address", e -> nonNull(e.ip()), 140));
    VBox.setVgrow(table, Priority.ALWAYS);

    Button previous = new Button("Previous", new FontIcon(Feather.CHEVRON_LEFT));
    previous.setId("auditPrevious");
    previous.disableProperty().bind(model.canPreviousProperty().not());
    previous.setOnAction(e -> model.previous());
    Button next = new Button("Next", new FontIcon(Feather.CHEVRON_RIGHT));
    next.setId("auditNext");
    next.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
    next.disableProperty().bind(model.canNextProperty().not());
    next.setOnAction(e -> model.next());
    Label pageText = new Label();
    pageText.setId("auditPage");
    pageText.getStyleClass().add(Styles.TEXT_MUTED);
    pageText.textProperty().bind(model.pageTextProperty());
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox paging = new HBox(10, grow, previous, pageText, next);
    paging.setAlignment(Pos.CENTER_RIGHT);

    VBox content =
        new VBox(12, filters, NeedsConnection.messageLine(model.remote()), table, paging);
    StackPane guarded = NeedsConnection.wrap(content, model.remote(), model::search);
    VBox.setVgrow(guarded, Priority.ALWAYS);
    VBox page =
        new VBox(
            16,
            NeedsConnection.heading(
                "Audit log", "Sign-ins, team and brand changes in your agency, newest first."),
            guarded);
    page.setPadding(new Insets(24));
    page.getStyleClass().add("admin-page");
    root = page;
  }

  private static String nonNull(String value) {
    return value == null ? "" : value;
  }

  public Parent root() {
    return root;
  }

  /** Readable action with its code underneath. */
  private static final class ActionTableCell extends TableCell<AuditEntry, String> {
    @Override
    protected void updateItem(String code, boolean empty) {
      super.updateItem(code, empty);
      setText(null);
      setAlignment(Pos.CENTER_LEFT);
      if (empty || code == null) {
        setGraphic(null);
        setTooltip(null);
        return;
      }
      Label name = new Label(AuditActions.describe(code));
      Label raw = new Label(code);
      raw.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "mono");
      name.setMinWidth(Region.USE_PREF_SIZE);
      HBox both = new HBox(8, name, raw);
      both.setAlignment(Pos.CENTER_LEFT);
      setGraphic(both);
      setTooltip(new Tooltip(AuditActions.describe(code) + " (" + code + ")"));
    }
  }

  private static final class ActionCell extends ListCell<String> {
    @Override
    protected void updateItem(String code, boolean empty) {
      super.updateItem(code, empty);
      setText(
          empty
              ? null
              : code == null || code.isEmpty() ? "All actions" : AuditActions.describe(code));
    }
  }
}
