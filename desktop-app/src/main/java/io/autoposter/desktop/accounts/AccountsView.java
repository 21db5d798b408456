package io.autoposter.desktop.accounts;

import atlantafx.base.theme.Styles;
import io.autoposter.desktop.ui.Confirm;
import io.autoposter.desktop.ui.EmptyState;
import io.autoposter.desktop.ui.NeedsConnection;
import io.autoposter.model.Network;
import io.autoposter.model.api.SocialAccount;
import java.time.ZoneId;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.stage.Window;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Accounts screen: a card per brand listing the accounts it publishes to with their health;
 * owners and admins connect (in the system browser), reconnect and disconnect them.
 */
public final class AccountsView {

  private final Parent root;
  private final AccountsViewModel model;
  private final VBox cards = new VBox(12);

  public AccountsView(AccountsViewModel model) {
    this.model = model;
    Button reload = new Button("Refresh", new FontIcon(Feather.REFRESH_CW));
    reload.setId("reloadAccounts");
    reload.disableProperty().bind(model.remote().busyProperty());
    reload.setOnAction(e -> model.load());
    reload.setMinWidth(Region.USE_PREF_SIZE);
    Button check = new Button("Check now", new FontIcon(Feather.ACTIVITY));
    check.setId("checkAccounts");
    check.setTooltip(
        new javafx.scene.control.Tooltip(
            "Ask each platform now whether Autoposter's access still works, instead of at the"
                + " next planned check"));
    check.disableProperty().bind(model.remote().busyProperty());
    check.setOnAction(e -> model.checkNow());
    check.setMinWidth(Region.USE_PREF_SIZE);
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox top =
        new HBox(
            12,
            NeedsConnection.heading(
                "Social accounts",
                "The pages and profiles each brand publishes to. Their sign-in tokens stay on the"
                    + " server, encrypted; this computer never sees them."),
            grow,
            check,
            reload);
    top.setAlignment(Pos.CENTER_LEFT);

    model.brands().addListener((ListChangeListener<BrandAccounts>) c -> rebuild());
    rebuild();
    ScrollPane scroll = new ScrollPane(cards);
    scroll.setFitToWidth(true);
    VBox content = new VBox(12, NeedsConnection.messageLine(model.remote()), scroll);
    VBox.setVgrow(scroll, Priority.ALWAYS);
    StackPane guarded = NeedsConnection.wrap(content, model.remote(), model::load);
    VBox.setVgrow(guarded, Priority.ALWAYS);
    VBox page = new VBox(16, top, guarded);
    page.setPadding(new Insets(24));
    page.getStyleClass().add("admin-page");
    root = page;
    // Back from the browser after connecting: show what the connection added.
    page.sceneProperty()
        .flatMap(Scene::windowProperty)
        .flatMap(Window::focusedProperty)
        .addListener(
            (obs, was, focused) -> {
              if (Boolean.TRUE.equals(focused)) {
                model.returnedToApp();
              }
            });
  }

  public Parent root() {
    return root;
  }

  private void rebuild() {
    if (model.brands().isEmpty()) {
      VBox empty =
          EmptyState.of(
              Feather.LINK,
              model.remote().busyProperty().get() ? "Loading accounts…" : "No brands yet",
              "Add a client brand under Brands; its accounts are listed here.");
      cards.getChildren().setAll(empty);
      cards.setAlignment(Pos.TOP_CENTER);
      return;
    }
    cards.setAlignment(Pos.TOP_LEFT);
    cards.getChildren().setAll(model.brands().stream().map(this::card).toList());
  }

  private Node card(BrandAccounts brand) {
    Circle dot = new Circle(7, Color.web(brand.brand().color()));
    Label name = new Label(brand.brand().name());
    name.getStyleClass().add(Styles.TITLE_4);
    name.setTextOverrun(OverrunStyle.ELLIPSIS);
    name.setMinWidth(0);
    Label zone = new Label(brand.brand().zone().getId());
    zone.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
    zone.setMinWidth(Region.USE_PREF_SIZE);
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox header = new HBox(10, dot, name, zone, grow);
    header.setAlignment(Pos.CENTER_LEFT);
    if (model.canConnect()) {
      MenuButton connect = new MenuButton("Connect account", new FontIcon(Feather.PLUS));
      connect.setId("connect-" + brand.brand().id());
      connect.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
      connect.disableProperty().bind(model.remote().busyProperty());
      connect.setMinWidth(Region.USE_PREF_SIZE);
      for (Network network : AccountsViewModel.CONNECTABLE) {
        MenuItem item = new MenuItem(offer(network), new FontIcon(icon(network)));
        item.setId("connect-" + network.name().toLowerCase(Locale.ROOT));
        item.setOnAction(e -> model.connect(brand.brand(), network));
        connect.getItems().add(item);
      }
      header.getChildren().add(connect);
      Button sandbox = new Button("Sandbox", new FontIcon(icon(Network.SANDBOX)));
      sandbox.setId("connectSandbox-" + brand.brand().id());
      sandbox.getStyleClass().add(Styles.SMALL);
      sandbox.disableProperty().bind(model.remote().busyProperty());
      sandbox.setOnAction(e -> model.connectSandbox(brand.brand()));
      sandbox.setMinWidth(Region.USE_PREF_SIZE);
      header.getChildren().add(sandbox);
    }
    VBox rows = new VBox(6);
    if (brand.isEmpty()) {
      Label none =
          new Label(
              "No account connected yet, so this brand's posts cannot be published. "
                  + (model.canConnect()
                      ? "Connect its Facebook Page, LinkedIn page or X account, or the sandbox to"
                          + " try publishing."
                      : "Ask an owner or admin to connect the brand's accounts."));
      none.setWrapText(true);
      none.getStyleClass().add(Styles.TEXT_MUTED);
      rows.getChildren().add(none);
    } else {
      brand.accounts().forEach(a -> rows.getChildren().add(row(brand, a)));
    }
    VBox card = new VBox(10, header, rows);
    card.setPadding(new Insets(14, 16, 14, 16));
    card.getStyleClass().add("admin-card");
    card.setId("accounts-" + brand.brand().id());
    return card;
  }

  private Node row(BrandAccounts brand, SocialAccount account) {
    FontIcon icon = new FontIcon(icon(account.network()));
    icon.getStyleClass().add("account-network-icon");
    Label network = new Label(account.network().displayName());
    network.getStyleClass().add(Styles.TEXT_BOLD);
    network.setMinWidth(90);
    Label name = new Label(account.displayName());
    name.setTextOverrun(OverrunStyle.ELLIPSIS);
    // The name keeps its room up to a point; the health detail beside it gives way first.
    name.setMinWidth(Region.USE_PREF_SIZE);
    name.setMaxWidth(320);
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox row = new HBox(10, icon, network, name, grow);
    row.setAlignment(Pos.CENTER_LEFT);
    brand
        .healthOf(account)
        .map(h -> HealthLine.of(h, ZoneId.systemDefault()))
        .ifPresent(
            line -> {
              Label state = new Label(line.text());
              state.getStyleClass().addAll("account-health", "account-health-" + line.tone());
              state.setMinWidth(Region.USE_PREF_SIZE);
              Tooltip tip = new Tooltip(line.detail());
              tip.setWrapText(true);
              tip.setMaxWidth(360);
              state.setTooltip(tip);
              Label detail = new Label(line.detail());
              detail.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
              detail.setTextOverrun(OverrunStyle.ELLIPSIS);
              detail.setMinWidth(0);
              detail.setVisible(!line.tone().equals("healthy"));
              detail.setManaged(detail.isVisible());
              row.getChildren().add(row.getChildren().indexOf(grow), detail);
              row.getChildren().add(state);
              if (line.offersReconnect() && model.canConnect()) {
                Button reconnect = new Button("Reconnect");
                reconnect.setId("reconnect-" + account.id());
                reconnect.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
                reconnect.setMinWidth(Region.USE_PREF_SIZE);
                reconnect.disableProperty().bind(model.remote().busyProperty());
                Network via =
                    account.network() == Network.INSTAGRAM ? Network.FACEBOOK : account.network();
                reconnect.setOnAction(e -> model.connect(brand.brand(), via));
                row.getChildren().add(reconnect);
              }
            });
    if (model.canConnect()) {
      Button disconnect = new Button(null, new FontIcon(Feather.X));
      disconnect.setId("disconnect-" + account.id());
      disconnect.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.BUTTON_ICON);
      disconnect.setTooltip(new Tooltip("Disconnect " + account.displayName()));
      disconnect.disableProperty().bind(model.remote().busyProperty());
      disconnect.setOnAction(
          e -> {
            if (Confirm.ask(
                disconnect,
                "Disconnect " + account.displayName() + "?",
                "Posts of "
                    + brand.brand().name()
                    + " will no longer be published to this "
                    + account.network().displayName()
                    + " account. Autoposter withdraws its access at the platform where it can.",
                "Disconnect")) {
              model.disconnect(account);
            }
          });
      row.getChildren().add(disconnect);
    }
    return row;
  }

  private static String offer(Network network) {
    return switch (network) {
      case FACEBOOK -> "Facebook Page and its Instagram account…";
      case LINKEDIN -> "LinkedIn page…";
      case X -> "X account…";
      case INSTAGRAM, SANDBOX -> network.displayName();
    };
  }

  private static Ikon icon(Network network) {
    return switch (network) {
      case FACEBOOK -> Feather.FACEBOOK;
      case INSTAGRAM -> Feather.INSTAGRAM;
      case LINKEDIN -> Feather.LINKEDIN;
      case X -> Feather.TWITTER;
      case SANDBOX -> Feather.BOX;
    };
  }
}
