package io.autoposter.desktop.workspace;

import atlantafx.base.theme.Styles;
import io.autoposter.desktop.sync.SyncStatus;
import io.autoposter.model.Brand;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window: header, post list and compose form. Binds to {@link WorkspaceViewModel}. */
public final class WorkspaceView {

  private final HBox header;
  private final BorderPane body = new BorderPane();
  private BorderPane root;

  public WorkspaceView(WorkspaceViewModel model) {
    header = header(model);
    body.getStyleClass().add("workspace");
    body.setCenter(postList(model));
    ScrollPane composeScroll = new ScrollPane(new ComposePane(model.compose()));
    composeScroll.setFitToWidth(true);
    composeScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    composeScroll.getStyleClass().add("compose-scroll");
    composeScroll.setPrefWidth(440);
    composeScroll.setMinWidth(380);
    body.setRight(composeScroll);
  }

  /** The header (agency, brand switcher, sync status), for the app shell to place on top. */
  public HBox header() {
    return header;
  }

  /** Post list and compose form, without the header. */
  public Parent body() {
    return body;
  }

  private static HBox header(WorkspaceViewModel model) {
    FontIcon logo = new FontIcon(Feather.SEND);
    logo.getStyleClass().add("brand-logo");
    Label product = new Label("Autoposter");
    product.getStyleClass().add("product-name");
    Label divider = new Label("/");
    divider.getStyleClass().add(Styles.TEXT_MUTED);
    Label agency = new Label();
    agency.setId("agencyName");
    agency.getStyleClass().add("agency-name");
    agency.textProperty().bind(model.agencyNameProperty());

    ComboBox<Brand> brands = new ComboBox<>(model.brands());
    brands.setId("brandSelector");
    brands.setPromptText("No brands yet");
    brands.valueProperty().bindBidirectional(model.selectedBrandProperty());
    brands.setCellFactory(list -> new BrandCell());
    brands.setButtonCell(new BrandCell());
    brands.setPrefWidth(240);
    Label brandLabel = new Label("Brand");
    brandLabel.getStyleClass().add(Styles.TEXT_MUTED);

    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);

    Label status = new Label();
    status.setId("syncStatus");
    status.getStyleClass().add("sync-status");
    status.textProperty().bind(model.syncTextProperty());
    FontIcon statusIcon = new FontIcon();
    status.setGraphic(statusIcon);
    model
        .syncKindProperty()
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
    status.setMinWidth(Region.USE_PREF_SIZE);

    Button syncNow = new Button("Sync now", new FontIcon(Feather.REFRESH_CW));
    syncNow.setId("syncNow");
    syncNow.getStyleClass().add(Styles.SMALL);
    syncNow.setOnAction(e -> model.syncNow());

    HBox header =
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
            syncNow);
    header.getStyleClass().add("app-header");
    header.setAlignment(Pos.CENTER_LEFT);
    header.setPadding(new Insets(12, 20, 12, 20));
    return header;
  }

  private static VBox postList(WorkspaceViewModel model) {
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
                () -> model.posts().size() == 1 ? "1 post" : model.posts().size() + " posts",
                model.posts()));
    HBox heading = new HBox(10, title, count);
    heading.setAlignment(Pos.BASELINE_LEFT);

    ListView<PostRow> list = new ListView<>(model.posts());
    list.setId("postList");
    list.getStyleClass().add("post-list");
    list.setCellFactory(l -> new PostCell());
    FontIcon emptyIcon = new FontIcon(Feather.EDIT_3);
    emptyIcon.getStyleClass().add("empty-icon");
    Label emptyText = new Label();
    emptyText.setId("emptyState");
    emptyText.getStyleClass().add("empty-text");
    emptyText.setWrapText(true);
    emptyText.textProperty().bind(model.emptyTextProperty());
    VBox empty = new VBox(12, emptyIcon, emptyText);
    empty.setAlignment(Pos.CENTER);
    empty.setMaxWidth(360);
    list.setPlaceholder(empty);
    VBox.setVgrow(list, Priority.ALWAYS);

    VBox box = new VBox(12, heading, list);
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

  /** Header and body together; do not combine with {@link #header()} and {@link #body()}. */
  public Parent root() {
    if (root == null) {
      root = new BorderPane(body, header, null, null, null);
      root.getStyleClass().add("workspace");
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
      setGraphic(new Circle(5, Color.web(brand.color())));
    }
  }
}
