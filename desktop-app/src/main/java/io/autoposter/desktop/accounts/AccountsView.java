package io.autoposter.desktop.accounts;

import atlantafx.base.theme.Styles;
import io.autoposter.desktop.ui.EmptyState;
import io.autoposter.desktop.ui.NeedsConnection;
import io.autoposter.model.Network;
import io.autoposter.model.api.SocialAccount;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Social accounts screen: a card per brand listing the accounts it publishes to. */
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
      Button sandbox = new Button("Connect sandbox account", new FontIcon(Feather.PLUS));
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
                      ? "Connect the sandbox to try publishing."
                      : "Ask an owner or admin to connect the brand's accounts."));
      none.setWrapText(true);
      none.getStyleClass().add(Styles.TEXT_MUTED);
      rows.getChildren().add(none);
    } else {
      brand.accounts().forEach(a -> rows.getChildren().add(row(a)));
    }
    VBox card = new VBox(10, header, rows);
    card.setPadding(new Insets(14, 16, 14, 16));
    card.getStyleClass().add("admin-card");
    card.setId("accounts-" + brand.brand().id());
    return card;
  }

  private static Node row(SocialAccount account) {
    FontIcon icon = new FontIcon(icon(account.network()));
    icon.getStyleClass().add("account-network-icon");
    Label network = new Label(account.network().displayName());
    network.getStyleClass().add(Styles.TEXT_BOLD);
    network.setMinWidth(90);
    Label name = new Label(account.displayName());
    name.setTextOverrun(OverrunStyle.ELLIPSIS);
    name.setMinWidth(0);
    HBox row = new HBox(10, icon, network, name);
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
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
