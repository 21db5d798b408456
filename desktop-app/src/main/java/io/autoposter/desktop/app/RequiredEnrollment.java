package io.autoposter.desktop.app;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The whole window while the agency requires two-factor and this user has not set it up. */
final class RequiredEnrollment {

  private RequiredEnrollment() {}

  static Parent screen(Screens screens, Runnable onEnrolled, Runnable signOut) {
    FontIcon logo = new FontIcon(Feather.SEND);
    logo.getStyleClass().add("brand-logo");
    Label product = new Label("Autoposter");
    product.getStyleClass().add("product-name");
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    Button out = new Button("Sign out", new FontIcon(Feather.LOG_OUT));
    out.setId("signOut");
    out.getStyleClass().add(Styles.FLAT);
    out.setOnAction(e -> signOut.run());
    HBox header = new HBox(10, logo, product, grow, out);
    header.getStyleClass().add("app-header");
    header.setAlignment(Pos.CENTER_LEFT);
    header.setPadding(new Insets(12, 20, 12, 20));
    BorderPane root =
        new BorderPane(screens.enrollment(true, onEnrolled), header, null, null, null);
    root.getStyleClass().add("app-shell");
    return root;
  }
}
