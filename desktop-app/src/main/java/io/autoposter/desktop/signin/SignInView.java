package io.autoposter.desktop.signin;

import atlantafx.base.theme.Styles;
import io.autoposter.desktop.signin.SignInViewModel.Step;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The sign-in screen: a centred card that shows the credentials, the two-factor code, or the
 * password-reset request. Binds to {@link SignInViewModel}; holds no logic.
 */
public final class SignInView {

  private final StackPane root = new StackPane();
  private final SignInViewModel model;

  public SignInView(SignInViewModel model) {
    this.model = model;
    FontIcon logo = new FontIcon(Feather.SEND);
    logo.getStyleClass().add("brand-logo");
    Label product = new Label("Autoposter");
    product.getStyleClass().addAll(Styles.TITLE_2, "product-name");
    HBox brandLine = new HBox(10, logo, product);
    brandLine.setAlignment(Pos.CENTER_LEFT);

    VBox card =
        new VBox(
            6,
            brandLine,
            spacer(14),
            shownOn(credentials(), Step.CREDENTIALS),
            shownOn(oneTimeCode(), Step.ONE_TIME_CODE),
            shownOn(forgotPassword(), Step.FORGOT_PASSWORD),
            shownOn(resetSent(), Step.RESET_SENT),
            busyLine());
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

  private VBox credentials() {
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

    Hyperlink forgot = new Hyperlink("Forgot password?");
    forgot.setId("forgotPassword");
    forgot.setOnAction(e -> model.forgotPassword());
    Label passwordCaption = caption("Password", password);
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox passwordLine = new HBox(passwordCaption, grow, forgot);
    passwordLine.setAlignment(Pos.BASELINE_LEFT);
    password.setMaxWidth(Double.MAX_VALUE);
    VBox passwordField = new VBox(2, passwordLine, password);
    passwordField.setPadding(new Insets(0, 0, 6, 0));

    Button signIn = primary("Sign in", "signIn", model.canSignInProperty(), Step.CREDENTIALS);
    signIn.setOnAction(e -> model.signIn());

    return new VBox(
        6,
        title("Sign in to your agency"),
        muted("Plan and schedule posts for every client brand — online or off."),
        spacer(10),
        field("Server", server),
        field("E-mail", email),
        passwordField,
        error("signInError"),
        spacer(4),
        signIn);
  }

  private VBox oneTimeCode() {
    TextField code = new TextField();
    code.setId("oneTimeCode");
    code.setPromptText("123456");
    code.getStyleClass().add("code-field");
    code.textProperty().bindBidirectional(model.oneTimeCodeProperty());

    Label who = muted("");
    who.textProperty()
        .bind(
            model
                .emailProperty()
                .map(
                    m ->
                        "Open your authenticator app and enter the 6-digit code for "
                            + m.strip()
                            + "."));
    Label hint =
        muted("Lost your phone? Enter one of your recovery codes instead, such as 4f7k-92mx.");
    hint.getStyleClass().add(Styles.TEXT_SMALL);

    Button verify =
        primary("Verify and sign in", "verifyCode", model.canSignInProperty(), Step.ONE_TIME_CODE);
    verify.setOnAction(e -> model.signIn());
    Hyperlink back = new Hyperlink("Back to e-mail and password");
    back.setId("backToCredentials");
    back.setOnAction(e -> model.backToCredentials());

    FontIcon shield = new FontIcon(Feather.SHIELD);
    shield.getStyleClass().add("step-icon");
    Label title = title("Two-factor check");
    title.setGraphic(shield);
    return new VBox(
        6,
        title,
        who,
        spacer(10),
        field("Code", code),
        hint,
        error("codeError"),
        spacer(4),
        verify,
        back);
  }

  private VBox forgotPassword() {
    TextField email = new TextField();
    email.setId("resetEmail");
    email.setPromptText("you@agency.com");
    email.textProperty().bindBidirectional(model.resetEmailProperty());
    Button send =
        primary(
            "Send reset link", "sendResetLink", model.canSendResetProperty(), Step.FORGOT_PASSWORD);
    send.setOnAction(e -> model.sendResetLink());
    Hyperlink back = new Hyperlink("Back to sign in");
    back.setOnAction(e -> model.backToCredentials());
    return new VBox(
        6,
        title("Reset your password"),
        muted("We'll e-mail you a link to choose a new password."),
        spacer(10),
        field("E-mail", email),
        error("resetError"),
        spacer(4),
        send,
        back);
  }

  private VBox resetSent() {
    FontIcon mail = new FontIcon(Feather.MAIL);
    mail.getStyleClass().add("step-icon");
    Label title = title("Check your inbox");
    title.setGraphic(mail);
    Label message = muted("");
    message.setId("resetSentMessage");
    message.textProperty().bind(model.infoMessageProperty());
    Button back = new Button("Back to sign in");
    back.setId("backToSignIn");
    back.getStyleClass().add(Styles.ACCENT);
    back.setMaxWidth(Double.MAX_VALUE);
    back.setOnAction(e -> model.backToCredentials());
    return new VBox(6, title, message, spacer(14), back);
  }

  private HBox busyLine() {
    ProgressIndicator progress = new ProgressIndicator();
    progress.setPrefSize(18, 18);
    Label busyText = new Label("Please wait…");
    busyText.getStyleClass().add(Styles.TEXT_MUTED);
    HBox busyLine = new HBox(8, progress, busyText);
    busyLine.setAlignment(Pos.CENTER_LEFT);
    busyLine.managedProperty().bind(model.busyProperty());
    busyLine.visibleProperty().bind(model.busyProperty());
    return busyLine;
  }

  private Node shownOn(VBox pane, Step step) {
    pane.visibleProperty().bind(model.stepProperty().isEqualTo(step));
    pane.managedProperty().bind(pane.visibleProperty());
    return pane;
  }

  private Label error(String id) {
    Label error = new Label();
    error.setId(id);
    error.getStyleClass().add("form-error");
    error.setWrapText(true);
    error.setGraphic(new FontIcon(Feather.ALERT_CIRCLE));
    error.textProperty().bind(model.errorMessageProperty());
    error.visibleProperty().bind(model.errorMessageProperty().isNotEmpty());
    error.managedProperty().bind(error.visibleProperty());
    return error;
  }

  /** The accent button of one step; Enter presses it only while that step shows. */
  private Button primary(String text, String id, BooleanBinding enabled, Step step) {
    Button button = new Button(text);
    button.setId(id);
    button.getStyleClass().add(Styles.ACCENT);
    button.defaultButtonProperty().bind(model.stepProperty().isEqualTo(step));
    button.setMaxWidth(Double.MAX_VALUE);
    button.disableProperty().bind(enabled.not());
    return button;
  }

  private static Label title(String text) {
    Label title = new Label(text);
    title.getStyleClass().add(Styles.TITLE_3);
    title.setGraphicTextGap(10);
    return title;
  }

  private static Label muted(String text) {
    Label label = new Label(text);
    label.getStyleClass().add(Styles.TEXT_MUTED);
    label.setWrapText(true);
    return label;
  }

  private static Label caption(String text, Control control) {
    Label caption = new Label(text);
    caption.getStyleClass().add("field-label");
    caption.setLabelFor(control);
    return caption;
  }

  private static VBox field(String label, Control control) {
    control.setMaxWidth(Double.MAX_VALUE);
    VBox box = new VBox(4, caption(label, control), control);
    box.setPadding(new Insets(0, 0, 6, 0));
    return box;
  }

  private static Region spacer(double height) {
    Region region = new Region();
    region.setMinHeight(height);
    return region;
  }

  public Parent root() {
    return root;
  }
}
