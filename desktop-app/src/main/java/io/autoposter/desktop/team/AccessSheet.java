package io.autoposter.desktop.team;

import atlantafx.base.theme.Styles;
import io.autoposter.desktop.ui.Roles;
import io.autoposter.model.Brand;
import io.autoposter.model.Role;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/** The form inside the invite and change-access sheets. */
final class AccessSheet {

  private AccessSheet() {}

  static VBox build(
      String title,
      AccessForm form,
      boolean editEmail,
      List<Role> roles,
      List<Brand> brands,
      String actionText,
      Runnable onSubmit,
      Runnable onCancel) {
    Label heading = new Label(title);
    heading.getStyleClass().add(Styles.TITLE_3);
    heading.setWrapText(true);
    heading.setMinHeight(Region.USE_PREF_SIZE);

    TextField email = new TextField();
    email.setId("inviteEmail");
    email.setPromptText("colleague@agency.com");
    email.textProperty().bindBidirectional(form.emailProperty());
    email.setEditable(editEmail);
    email.setDisable(!editEmail);

    ComboBox<Role> role = new ComboBox<>();
    role.setId("inviteRole");
    role.getItems().setAll(roles);
    if (!roles.contains(form.roleProperty().get())) {
      role.getItems().add(form.roleProperty().get());
    }
    role.valueProperty().bindBidirectional(form.roleProperty());
    role.setCellFactory(l -> new RoleCell());
    role.setButtonCell(new RoleCell());
    role.setMaxWidth(Double.MAX_VALUE);

    ToggleGroup access = new ToggleGroup();
    RadioButton all = new RadioButton("All brands, including new ones");
    all.setId("allBrands");
    all.setToggleGroup(access);
    RadioButton chosen = new RadioButton("Only these brands:");
    chosen.setId("chosenBrands");
    chosen.setToggleGroup(access);
    all.setSelected(form.allBrandsProperty().get());
    chosen.setSelected(!form.allBrandsProperty().get());
    access.selectedToggleProperty().subscribe(t -> form.allBrandsProperty().set(t == all));

    VBox brandBoxes = new VBox(6);
    for (Brand brand : brands) {
      CheckBox box = new CheckBox(brand.name());
      box.setGraphic(new Circle(5, Color.web(brand.color())));
      box.setSelected(form.brandIds().contains(brand.id()));
      box.selectedProperty()
          .subscribe(
              on -> {
                if (on) {
                  form.brandIds().add(brand.id());
                } else {
                  form.brandIds().remove(brand.id());
                }
              });
      brandBoxes.getChildren().add(box);
    }
    ScrollPane brandScroll = new ScrollPane(brandBoxes);
    brandScroll.setFitToWidth(true);
    brandScroll.setMaxHeight(150);
    brandScroll.getStyleClass().add("brand-choices");
    VBox.setMargin(brandScroll, new javafx.geometry.Insets(0, 0, 0, 26));
    brandScroll.disableProperty().bind(form.allBrandsProperty());

    Label ownerNote = new Label("Owners and admins always see every brand.");
    ownerNote.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
    VBox accessBox = new VBox(8, all, chosen, brandScroll);
    form.roleProperty()
        .subscribe(
            r -> {
              boolean limited = r.canBeLimitedToBrands();
              accessBox.setDisable(!limited);
              ownerNote.setVisible(!limited);
              ownerNote.setManaged(!limited);
            });

    Button submit = new Button(actionText);
    submit.setId("submitAccess");
    submit.getStyleClass().add(Styles.ACCENT);
    submit.setDefaultButton(true);
    submit.setOnAction(e -> onSubmit.run());
    Button cancel = new Button("Cancel");
    cancel.setId("cancelAccess");
    cancel.setCancelButton(true);
    cancel.setOnAction(e -> onCancel.run());
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox buttons = new HBox(8, grow, cancel, submit);
    buttons.setAlignment(Pos.CENTER_RIGHT);

    return new VBox(
        12,
        heading,
        field("E-mail", email),
        field("Role", role),
        field("Brand access", accessBox),
        ownerNote,
        buttons);
  }

  private static VBox field(String label, javafx.scene.Node control) {
    Label caption = new Label(label);
    caption.getStyleClass().add("field-label");
    return new VBox(4, caption, control);
  }

  private static final class RoleCell extends ListCell<Role> {
    @Override
    protected void updateItem(Role role, boolean empty) {
      super.updateItem(role, empty);
      setText(empty || role == null ? null : Roles.label(role));
    }
  }
}
