package io.autoposter.desktop.signin;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The sign-in screen: a centred card. Binds to {@link SignInViewModel}; holds no logic. */
public final class SignInView {

  private final StackPane root = new StackPane();

  public SignInView(SignInViewModel model) {
    FontIcon logo = new FontIcon(Feather.SEND);
    logo.getStyleClass().add("brand-logo");
    Label product = new Label("Autoposter");
    product.getStyleClass().addAll(Styles.TITLE_2, "product-name");
    HBox brandLine = new HBox(10, logo, product);
    brandLine.setAlignment(Pos.CENTER_LEFT);

    Label title = new Label("Sign in to your agency");
    title.getStyleClass().add(Styles.TITLE_3);
    Label subtitle = new Label("Plan and schedule posts for every client brand — online or off.");
    subtitle.getStyleClass().add(Styles.TEXT_MUTED);
    subtitle.setWrapText(true);

    TextField server = new TextField();
    server.setId("serverUrl");
    server.setPromptText("https://autoposter.example.com");
    server.textProperty().bindBidirectional(model.serverUrlProperty());

    TextField email = new TextField();
    email.setId("email");
    email.setPromptText("you@agency.com");
    email.textProperty().bindBidirectional(model.emailProperty());

    PasswordField password = new PasswordField();
    password.setId("password");
    password.setPromptText("Password");
    password.textProperty().bindBidirectional(model.passwordProperty());

    Label error = new Label();
    error.setId("signInError");
    error.getStyleClass().add("form-error");
    error.setWrapText(true);
    error.setGraphic(new FontIcon(Feather.ALERT_CIRCLE));
    error.textProperty().bind(model.errorMessageProperty());
    error.visibleProperty().bind(model.errorMessageProperty().isNotEmpty());
    error.managedProperty().bind(error.visibleProperty());

    Button signIn = new Button("Sign in");
    signIn.setId("signIn");
    signIn.getStyleClass().add(Styles.ACCENT);
    signIn.setDefaultButton(true);
    signIn.setMaxWidth(Double.MAX_VALUE);
    signIn.disableProperty().bind(model.canSignInProperty().not());
    signIn.setOnAction(e -> model.signIn());

    ProgressIndicator progress = new ProgressIndicator();
    progress.setPrefSize(18, 18);
    progress.visibleProperty().bind(model.busyProperty());
    progress.managedProperty().bind(progress.visibleProperty());
    Label busyText = new Label("Signing in…");
    busyText.getStyleClass().add(Styles.TEXT_MUTED);
    busyText.visibleProperty().bind(model.busyProperty());
    busyText.managedProperty().bind(busyText.visibleProperty());
    HBox busyLine = new HBox(8, progress, busyText);
    busyLine.setAlignment(Pos.CENTER_LEFT);
    busyLine.managedProperty().bind(model.busyProperty());
    busyLine.visibleProperty().bind(model.busyProperty());

    VBox card =
        new VBox(
            6,
            brandLine,
            spacer(14),
            title,
            subtitle,
            spacer(10),
            field("Server", server),
            field("E-mail", email),
            field("Password", password),
            error,
            spacer(4),
            signIn,
            busyLine);
    card.getStyleClass().add("sign-in-card");
    card.setPadding(new Insets(32, 36, 32, 36));
    card.setMaxWidth(440);
    card.setMaxHeight(VBox.USE_PREF_SIZE);

    Label footer =
        new Label("Your posts are kept on this computer, so you can keep working offline.");
    footer.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    VBox column = new VBox(18, card, footer);
    column.setAlignment(Pos.CENTER);
    column.setMaxWidth(440);

    root.getStyleClass().add("sign-in-screen");
    root.getChildren().add(column);
    StackPane.setAlignment(column, Pos.CENTER);
  }

  private static VBox field(String label, javafx.scene.control.Control control) {
    Label caption = new Label(label);
    caption.getStyleClass().add("field-label");
    caption.setLabelFor(control);
    control.setMaxWidth(Double.MAX_VALUE);
    VBox box = new VBox(4, caption, control);
    box.setPadding(new Insets(0, 0, 6, 0));
    return box;
  }

  private static javafx.scene.layout.Region spacer(double height) {
    javafx.scene.layout.Region region = new javafx.scene.layout.Region();
    region.setMinHeight(height);
    return region;
  }

  public Parent root() {
    return root;
  }
}
