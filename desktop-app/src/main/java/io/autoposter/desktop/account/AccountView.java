package io.autoposter.desktop.account;

import atlantafx.base.theme.Styles;
import io.autoposter.desktop.ui.EmptyState;
import io.autoposter.desktop.ui.NeedsConnection;
import io.autoposter.desktop.ui.Roles;
import io.autoposter.desktop.ui.TextCells;
import io.autoposter.model.api.DeviceSession;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Account screen: my sessions, two-factor, agency setting, sign out. */
public final class AccountView {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
          .withZone(ZoneId.systemDefault());

  private static final double ROW = 42;
  private static final double HEADER = 42;

  private final Parent root;
  private final AccountViewModel model;

  public AccountView(AccountViewModel model) {
    this.model = model;
    Label who = new Label(model.email() + " · " + Roles.label(model.role()));
    who.getStyleClass().add(Styles.TEXT_MUTED);
    Button signOut = new Button("Sign out", new FontIcon(Feather.LOG_OUT));
    signOut.setId("signOut");
    signOut.getStyleClass().add(Styles.DANGER);
    signOut.setOnAction(e -> model.signOut());
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    VBox titleBox = NeedsConnection.heading("My account", "");
    ((Label) titleBox.getChildren().get(1)).textProperty().bind(who.textProperty());
    HBox top = new HBox(12, titleBox, grow, signOut);
    top.setAlignment(Pos.CENTER_LEFT);

    VBox content =
        new VBox(
            18,
            NeedsConnection.messageLine(model.remote()),
            card(sessionsSection()),
            card(twoFactorSection()));
    if (model.isOwner()) {
      content.getChildren().add(card(agencySection()));
    }
    ScrollPane scroll = new ScrollPane(content);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("edge-to-edge");
    VBox.setVgrow(scroll, Priority.ALWAYS);
    VBox page = new VBox(16, top, NeedsConnection.wrap(scroll, model.remote(), model::load));
    VBox.setVgrow(page.getChildren().get(1), Priority.ALWAYS);
    page.setPadding(new Insets(24));
    page.getStyleClass().add("admin-page");
    root = page;
  }

  private VBox sessionsSection() {
    TableView<DeviceSession> table = new TableView<>(model.sessions());
    table.setId("sessionsTable");
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    // Exactly as tall as its rows (up to six), so no half-empty strip shows below the last one.
    table.setFixedCellSize(ROW);
    table
        .prefHeightProperty()
        .bind(
            Bindings.size(model.sessions())
                .map(n -> HEADER + ROW * Math.clamp(n.intValue(), 2, 6)));
    table.setMinHeight(Region.USE_PREF_SIZE);
    table.setPlaceholder(EmptyState.compact(Feather.MONITOR, "No signed-in devices."));
    table.getColumns().add(TextCells.column("Device", DeviceSession::deviceName, 250));
    // Wide enough for a full IPv6 address such as 2a02:8108:1140:5c00:b1e4:3f2a:9d11:4e07.
    table.getColumns().add(TextCells.column("IP address", DeviceSession::ip, 320));
    table
        .getColumns()
        .add(
            TextCells.column(
                "Last seen", s -> s.lastSeenAt() == null ? "—" : WHEN.format(s.lastSeenAt()), 190));
    TableColumn<DeviceSession, DeviceSession> action = new TableColumn<>("");
    action.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    action.setCellFactory(c -> new SessionActionCell(model));
    action.setPrefWidth(120);
    action.setSortable(false);
    table.getColumns().add(action);

    Button others = new Button("Sign out all other devices");
    others.setId("signOutOthers");
    others.setOnAction(e -> model.signOutOtherDevices());
    others.disableProperty().bind(model.remote().busyProperty());
    return new VBox(
        10,
        NeedsConnection.section(
            "My sessions", "Devices signed in to your account. Revoke any you don't recognise."),
        table,
        others);
  }

  private VBox twoFactorSection() {
    Label status = new Label();
    status.setId("twoFactorStatus");
    status.textProperty().bind(model.twoFactorEnabledProperty().map(on -> on ? "On" : "Off"));
    model
        .twoFactorEnabledProperty()
        .subscribe(
            on -> {
              status.getStyleClass().removeAll("badge-on", "badge-off");
              status.getStyleClass().add(on ? "badge-on" : "badge-off");
            });
    Button setUp = new Button("Set up two-factor", new FontIcon(Feather.SHIELD));
    setUp.setId("setUpTwoFactor");
    setUp.getStyleClass().add(Styles.ACCENT);
    setUp.setOnAction(e -> model.setUpTwoFactor());
    setUp.visibleProperty().bind(model.twoFactorEnabledProperty().not());
    setUp.managedProperty().bind(setUp.visibleProperty());
    Button turnOff = new Button("Turn off two-factor");
    turnOff.setId("turnOffTwoFactor");
    turnOff.setOnAction(e -> model.disablingProperty().set(true));
    turnOff
        .visibleProperty()
        .bind(model.twoFactorEnabledProperty().and(model.disablingProperty().not()));
    turnOff.managedProperty().bind(turnOff.visibleProperty());

    TextField code = new TextField();
    code.setId("disableCode");
    code.setPromptText("6-digit code");
    code.setPrefColumnCount(8);
    code.textProperty().bindBidirectional(model.disableCodeProperty());
    Button confirm = new Button("Turn off");
    confirm.getStyleClass().add(Styles.DANGER);
    confirm.disableProperty().bind(model.canDisableProperty().not());
    confirm.setOnAction(e -> model.disableTwoFactor());
    Button cancel = new Button("Cancel");
    cancel.setOnAction(e -> model.disablingProperty().set(false));
    Label ask = new Label("Enter a code from your authenticator app to turn it off:");
    HBox disableRow = new HBox(8, ask, code, confirm, cancel);
    disableRow.setAlignment(Pos.CENTER_LEFT);
    disableRow.visibleProperty().bind(model.disablingProperty());
    disableRow.managedProperty().bind(disableRow.visibleProperty());

    HBox statusRow = new HBox(10, new Label("Two-factor sign-in:"), status);
    statusRow.setAlignment(Pos.CENTER_LEFT);
    return new VBox(
        10,
        NeedsConnection.section(
            "Two-factor sign-in",
            "A code from an authenticator app on your phone, in addition to your password."),
        statusRow,
        new HBox(8, setUp, turnOff),
        disableRow);
  }

  private VBox agencySection() {
    CheckBox require = new CheckBox("Require two-factor for owners and admins");
    require.setId("requireTwoFactor");
    require.setSelected(model.requireTwoFactorProperty().get());
    model.requireTwoFactorProperty().subscribe(require::setSelected);
    require.setOnAction(e -> model.setRequireTwoFactor(require.isSelected()));
    return new VBox(
        10,
        NeedsConnection.section(
            "Agency security",
            "Owners and admins without two-factor are asked to set it up at their next sign-in."),
        require);
  }

  private static VBox card(VBox content) {
    content.getStyleClass().add("admin-card");
    content.setPadding(new Insets(18, 20, 18, 20));
    return content;
  }

  public Parent root() {
    return root;
  }

  /** "This device" marker or a Revoke button. */
  private static final class SessionActionCell extends TableCell<DeviceSession, DeviceSession> {
    private final AccountViewModel model;

    SessionActionCell(AccountViewModel model) {
      this.model = model;
    }

    @Override
    protected void updateItem(DeviceSession session, boolean empty) {
      super.updateItem(session, empty);
      setText(null);
      setAlignment(Pos.CENTER_LEFT);
      if (empty || session == null) {
        setGraphic(null);
      } else if (session.current()) {
        Label here = new Label("This device");
        here.getStyleClass().add("badge-on");
        setGraphic(here);
      } else {
        Button revoke = new Button("Revoke");
        revoke.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.DANGER);
        revoke.setOnAction(e -> model.revoke(session));
        setGraphic(revoke);
      }
    }
  }
}
