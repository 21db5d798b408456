package io.autoposter.desktop.brands;

import atlantafx.base.theme.Styles;
import io.autoposter.model.Brand;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The create/edit form of a brand. */
final class BrandForm {

  private BrandForm() {}

  static VBox build(BrandsViewModel model, Runnable chooseLogo, Consumer<Brand> delete) {
    Label title = new Label();
    title.getStyleClass().add(Styles.TITLE_4);
    title
        .textProperty()
        .bind(model.editingProperty().map(b -> "Edit " + b.name()).orElse("New brand"));

    TextField name = BrandsView.textField("brandName");
    name.setPromptText("Trattoria Roma");
    name.textProperty().bindBidirectional(model.nameProperty());

    ComboBox<String> zone = searchableZones(model);

    ColorPicker color = new ColorPicker();
    color.setId("brandColor");
    color.setMaxWidth(Double.MAX_VALUE);
    model.colorProperty().subscribe(hex -> color.setValue(Color.web(hex)));
    color.valueProperty().subscribe(c -> model.colorProperty().set(hex(c)));

    Label logoName = new Label();
    logoName.getStyleClass().add(Styles.TEXT_MUTED);
    logoName
        .textProperty()
        .bind(
            model
                .logoFileProperty()
                .map(p -> p.getFileName().toString())
                .orElse("PNG or JPEG, up to 512 KB"));
    Button pick = new Button("Choose logo…", new FontIcon(Feather.IMAGE));
    pick.setId("chooseLogo");
    pick.setMinWidth(Region.USE_PREF_SIZE);
    logoName.setWrapText(true);
    pick.setOnAction(e -> chooseLogo.run());
    HBox logoRow = new HBox(10, pick, logoName);
    logoRow.setAlignment(Pos.CENTER_LEFT);

    Button save = new Button("Save brand");
    save.setId("saveBrand");
    save.getStyleClass().add(Styles.ACCENT);
    save.setDefaultButton(true);
    save.disableProperty().bind(model.remote().busyProperty());
    save.setOnAction(e -> model.save());
    Button cancel = new Button("Cancel");
    cancel.setOnAction(e -> model.closeForm());
    Button remove = new Button("Delete", new FontIcon(Feather.TRASH_2));
    remove.setId("deleteBrand");
    remove.getStyleClass().addAll(Styles.DANGER, Styles.FLAT);
    remove.visibleProperty().bind(model.editingProperty().isNotNull());
    remove.setOnAction(e -> delete.accept(model.editingProperty().get()));
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox buttons = new HBox(8, remove, grow, cancel, save);
    buttons.setAlignment(Pos.CENTER_RIGHT);

    VBox form =
        new VBox(
            12,
            title,
            field("Name", name),
            field("Time zone", zone),
            field("Colour", color),
            field("Logo", logoRow),
            buttons);
    form.getStyleClass().add("admin-card");
    form.setId("brandForm");
    form.setPadding(new Insets(18, 20, 18, 20));
    form.setPrefWidth(380);
    form.setMinWidth(340);
    form.setMaxHeight(Region.USE_PREF_SIZE);
    return form;
  }

  /** An editable combo box whose list narrows to the zones containing the typed text. */
  private static ComboBox<String> searchableZones(BrandsViewModel model) {
    FilteredList<String> filtered =
        new FilteredList<>(FXCollections.observableArrayList(model.zones()));
    ComboBox<String> zone = new ComboBox<>(filtered);
    zone.setId("brandZone");
    zone.setEditable(true);
    zone.setVisibleRowCount(10);
    zone.setMaxWidth(Double.MAX_VALUE);
    zone.setPromptText("Type to search, e.g. Berlin");
    zone.valueProperty().bindBidirectional(model.zoneProperty());
    zone.getEditor()
        .textProperty()
        .subscribe(
            text -> {
              String typed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
              if (typed.isEmpty() || model.zones().contains(text)) {
                filtered.setPredicate(null);
              } else {
                filtered.setPredicate(z -> z.toLowerCase(Locale.ROOT).contains(typed));
                if (zone.isFocused() && !zone.isShowing()) {
                  zone.show();
                }
              }
            });
    return zone;
  }

  private static VBox field(String label, Node control) {
    Label caption = new Label(label);
    caption.getStyleClass().add("field-label");
    return new VBox(4, caption, control);
  }

  static String hex(Color c) {
    return String.format(
        Locale.ROOT,
        "#%02X%02X%02X",
        Math.round(c.getRed() * 255),
        Math.round(c.getGreen() * 255),
        Math.round(c.getBlue() * 255));
  }
}
