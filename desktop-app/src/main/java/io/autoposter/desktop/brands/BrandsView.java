package io.autoposter.desktop.brands;

import atlantafx.base.theme.Styles;
import io.autoposter.desktop.ui.Confirm;
import io.autoposter.desktop.ui.EmptyState;
import io.autoposter.desktop.ui.NeedsConnection;
import io.autoposter.model.Brand;
import java.io.ByteArrayInputStream;
import java.io.File;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Brands screen: the list on the left, the edit form on the right (owners and admins). */
public final class BrandsView {

  private final Parent root;
  private final BrandsViewModel model;

  public BrandsView(BrandsViewModel model) {
    this.model = model;
    Button add = new Button("New brand", new FontIcon(Feather.PLUS));
    add.setId("newBrand");
    add.getStyleClass().add(Styles.ACCENT);
    add.setOnAction(e -> model.newBrand());
    add.setVisible(model.canEdit());
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox top =
        new HBox(
            12,
            NeedsConnection.heading(
                "Brands",
                model.canEdit()
                    ? "Your clients' brands, each with its own time zone, colour and logo."
                    : "Your clients' brands. Only owners and admins can change them."),
            grow,
            add);
    top.setAlignment(Pos.CENTER_LEFT);

    ListView<Brand> list = new ListView<>(model.brands());
    list.setId("brandList");
    list.getStyleClass().add("brand-list");
    list.setCellFactory(l -> new BrandRow(model));
    list.setPlaceholder(emptyState());
    list.getSelectionModel()
        .selectedItemProperty()
        .subscribe(
            b -> {
              if (b != null) {
                model.edit(b);
              }
            });
    model.logos().addListener((MapChangeListener<Object, byte[]>) c -> list.refresh());

    VBox form = BrandForm.build(model, this::chooseLogo, this::confirmDelete);
    form.visibleProperty().bind(model.formOpenProperty());
    form.managedProperty().bind(form.visibleProperty());

    BorderPane body = new BorderPane(list);
    body.setRight(form);
    BorderPane.setMargin(form, new Insets(0, 0, 0, 16));
    VBox content = new VBox(12, NeedsConnection.messageLine(model.remote()), body);
    VBox.setVgrow(body, Priority.ALWAYS);
    StackPane guarded = NeedsConnection.wrap(content, model.remote(), model::load);
    VBox.setVgrow(guarded, Priority.ALWAYS);
    VBox page = new VBox(16, top, guarded);
    page.setPadding(new Insets(24));
    page.getStyleClass().add("admin-page");
    root = page;
  }

  private Node emptyState() {
    return EmptyState.of(
        Feather.TAG,
        "No brands yet",
        model.canEdit()
            ? "Add your first client with \"New brand\"."
            : "An owner or admin of your agency adds them.");
  }

  private void chooseLogo() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Choose a logo");
    chooser
        .getExtensionFilters()
        .add(new FileChooser.ExtensionFilter("PNG or JPEG image", "*.png", "*.jpg", "*.jpeg"));
    File file = chooser.showOpenDialog(root.getScene().getWindow());
    if (file != null) {
      model.logoFileProperty().set(file.toPath());
    }
  }

  private void confirmDelete(Brand brand) {
    if (Confirm.ask(
        root,
        "Delete " + brand.name() + "?",
        "The brand and all its posts are removed for everyone in the agency. This cannot be"
            + " undone.",
        "Delete brand")) {
      model.delete(brand);
    }
  }

  public Parent root() {
    return root;
  }

  static Node logoOrDot(BrandsViewModel model, Brand brand, double size) {
    byte[] logo = model.logos().get(brand.id());
    if (logo != null) {
      ImageView view =
          new ImageView(new Image(new ByteArrayInputStream(logo), size, size, true, true));
      view.setFitWidth(size);
      view.setFitHeight(size);
      view.setPreserveRatio(true);
      StackPane box = new StackPane(view);
      box.setMinSize(size, size);
      box.setMaxSize(size, size);
      return box;
    }
    Label initial = new Label(brand.name().substring(0, 1).toUpperCase(java.util.Locale.ROOT));
    initial.getStyleClass().add("brand-initial");
    Circle circle = new Circle(size / 2, Color.web(brand.color()));
    return new StackPane(circle, initial);
  }

  /** A brand: logo (or initial on its colour), name, time zone, colour dot. */
  private static final class BrandRow extends ListCell<Brand> {
    private final BrandsViewModel model;

    BrandRow(BrandsViewModel model) {
      this.model = model;
    }

    @Override
    protected void updateItem(Brand brand, boolean empty) {
      super.updateItem(brand, empty);
      setText(null);
      if (empty || brand == null) {
        setGraphic(null);
        return;
      }
      Label name = new Label(brand.name());
      name.getStyleClass().add("post-caption");
      int slots = brand.postingSlots().size();
      Label zone =
          new Label(
              brand.zone().getId()
                  + "  ·  "
                  + brand.color()
                  + (slots == 0
                      ? ""
                      : "  ·  " + slots + (slots == 1 ? " posting slot" : " posting slots")));
      zone.setGraphic(new Circle(5, Color.web(brand.color())));
      zone.getStyleClass().add("post-meta");
      VBox text = new VBox(2, name, zone);
      HBox row = new HBox(12, logoOrDot(model, brand, 36), text);
      row.setAlignment(Pos.CENTER_LEFT);
      row.setPadding(new Insets(10, 14, 10, 14));
      setGraphic(row);
    }
  }

  static TextField textField(String id) {
    TextField field = new TextField();
    field.setId(id);
    return field;
  }
}
