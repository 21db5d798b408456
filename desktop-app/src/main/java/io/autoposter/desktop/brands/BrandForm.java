package io.autoposter.desktop.brands;

import atlantafx.base.theme.Styles;
import io.autoposter.model.Brand;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The create/edit form of a brand. */
final class BrandForm {

  private BrandForm() {}

  static VBox build(BrandsViewModel model, Runnable chooseLogo, Consumer<Brand> delete) {
    Label title = new Label();
    title.setId("brandFormTitle");
    title.getStyleClass().add(Styles.TITLE_4);
    // Long client names wrap onto a second line instead of being cut off.
    title.setWrapText(true);
    title.setMinHeight(Region.USE_PREF_SIZE);
    title
        .textProperty()
        .bind(model.editingProperty().map(b -> "Edit " + b.name()).orElse("New brand"));
    Tooltip fullTitle = new Tooltip();
    fullTitle.textProperty().bind(title.textProperty());
    title.setTooltip(fullTitle);

    TextField name = BrandsView.textField("brandName");
    name.setPromptText("Trattoria Roma");
    name.textProperty().bindBidirectional(model.nameProperty());

    ComboBox<String> zone = searchableZones(model);

    ColorPicker color = new ColorPicker();
    color.setId("brandColor");
    color.setMaxWidth(Double.MAX_VALUE);
    model.colorProperty().subscribe(hex -> color.setValue(Color.web(hex)));
    color.valueProperty().subscribe(c -> model.colorProperty().set(hex(c)));

    VBox logoField = logoField(model, chooseLogo);

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

    VBox fields =
        new VBox(
            12,
            field("Name", name),
            field("Time zone", zone),
            field("Colour", color),
            field("Logo", logoField),
            field("Posting slots", BrandScheduleFields.slots(model.schedule())),
            field("Hashtag groups", BrandScheduleFields.groups(model.schedule())));
    fields.setPadding(new Insets(0, 10, 4, 0));
    // Slots and hashtag groups make the form taller than the window: the fields scroll, the title
    // and the buttons stay in view.
    ScrollPane scroll = new ScrollPane(fields);
    scroll.setId("brandFormScroll");
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    scroll.getStyleClass().add("brand-form-scroll");
    VBox.setVgrow(scroll, Priority.ALWAYS);
    VBox form = new VBox(12, title, scroll, buttons);
    form.getStyleClass().add("admin-card");
    form.setId("brandForm");
    form.setPadding(new Insets(18, 20, 18, 20));
    form.setPrefWidth(400);
    form.setMinWidth(340);
    form.setMaxHeight(Region.USE_PREF_SIZE);
    return form;
  }

  /** The current logo (or initial), "Choose logo…", "Remove logo" and the chosen file's name. */
  private static VBox logoField(BrandsViewModel model, Runnable chooseLogo) {
    StackPane preview = new StackPane();
    preview.setMinSize(36, 36);
    Runnable showLogo =
        () -> {
          Brand brand = model.editingProperty().get();
          preview
              .getChildren()
              .setAll(brand == null ? List.of() : List.of(BrandsView.logoOrDot(model, brand, 36)));
        };
    model.editingProperty().subscribe(b -> showLogo.run());
    model.logos().addListener((MapChangeListener<Object, byte[]>) c -> showLogo.run());
    preview.visibleProperty().bind(model.editingProperty().isNotNull());
    preview.managedProperty().bind(preview.visibleProperty());

    Button pick = new Button("Choose logo…", new FontIcon(Feather.IMAGE));
    pick.setId("chooseLogo");
    pick.setMinWidth(Region.USE_PREF_SIZE);
    pick.setOnAction(e -> chooseLogo.run());
    Button remove = new Button("Remove logo", new FontIcon(Feather.X));
    remove.setId("removeLogo");
    remove.getStyleClass().addAll(Styles.FLAT, Styles.DANGER);
    remove.setMinWidth(Region.USE_PREF_SIZE);
    remove.visibleProperty().bind(model.hasLogoProperty());
    remove.managedProperty().bind(remove.visibleProperty());
    remove.disableProperty().bind(model.remote().busyProperty());
    remove.setOnAction(e -> model.removeLogo());
    HBox row = new HBox(10, preview, pick, remove);
    row.setAlignment(Pos.CENTER_LEFT);

    Label hint = new Label();
    hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
    hint.setWrapText(true);
    hint.textProperty()
        .bind(
            model
                .logoFileProperty()
                .map(p -> p.getFileName() + " will be uploaded when you save.")
                .orElse("PNG or JPEG, up to 512 KB."));
    return new VBox(6, row, hint);
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
