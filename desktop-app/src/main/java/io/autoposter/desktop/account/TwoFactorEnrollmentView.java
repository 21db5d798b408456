package io.autoposter.desktop.account;

import atlantafx.base.theme.Styles;
import io.autoposter.desktop.ui.NeedsConnection;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Two-factor enrolment: scan, save the recovery codes, confirm with a code. */
public final class TwoFactorEnrollmentView {

  static final int QR_SIZE = 200;

  private final Parent root;
  private final TwoFactorEnrollmentViewModel model;

  public TwoFactorEnrollmentView(TwoFactorEnrollmentViewModel model) {
    this.model = model;
    VBox heading =
        NeedsConnection.heading(
            "Set up two-factor sign-in",
            "Each sign-in will ask for a code from an authenticator app (such as 1Password,"
                + " Google Authenticator or Microsoft Authenticator) in addition to your"
                + " password.");
    VBox intro = new VBox(10, heading);
    if (model.required()) {
      Label why =
          new Label(
              "Your agency requires two-factor sign-in for your role. Set it up to continue —"
                  + " it takes about a minute.");
      why.setId("enrollmentRequired");
      why.setWrapText(true);
      why.setGraphic(new FontIcon(Feather.SHIELD));
      why.getStyleClass().add("callout-info");
      intro.getChildren().add(why);
    }

    HBox steps = new HBox(24, scanStep(), codesStep());
    VBox content =
        new VBox(18, intro, NeedsConnection.messageLine(model.remote()), steps, confirmStep());
    content.setPadding(new Insets(24));
    content.setMaxWidth(980);
    ScrollPane scroll = new ScrollPane(content);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("edge-to-edge");
    StackPane page = NeedsConnection.wrap(scroll, model.remote(), model::start);
    page.getStyleClass().add("admin-page");
    root = page;
  }

  private VBox scanStep() {
    ImageView qr = new ImageView();
    qr.setId("qrCode");
    qr.setSmooth(false);
    StackPane frame = new StackPane(qr);
    frame.getStyleClass().add("qr-frame");
    frame.setMinSize(QR_SIZE + 24, QR_SIZE + 24);
    frame.setMaxSize(QR_SIZE + 24, QR_SIZE + 24);
    Label secret = new Label();
    secret.setId("totpSecret");
    secret.getStyleClass().add("mono-code");
    secret.setWrapText(true);
    model
        .enrollmentProperty()
        .subscribe(
            e -> {
              qr.setImage(e == null ? null : QrCode.render(e.otpauthUri(), QR_SIZE));
              secret.setText(model.secretGroups());
            });
    Label manual = new Label("Can't scan? Enter this key in the app:");
    manual.getStyleClass().add(Styles.TEXT_MUTED);
    manual.setWrapText(true);
    VBox box = new VBox(10, step("1", "Scan the QR code"), frame, manual, secret);
    box.getStyleClass().add("admin-card");
    box.setPadding(new Insets(18, 20, 18, 20));
    box.setPrefWidth(320);
    box.setMinWidth(300);
    return box;
  }

  private VBox codesStep() {
    GridPane grid = new GridPane();
    grid.setId("recoveryCodes");
    grid.setHgap(40);
    grid.setVgap(10);
    grid.getStyleClass().add("codes-grid");
    model
        .recoveryCodes()
        .subscribe(
            () -> {
              grid.getChildren().clear();
              for (int i = 0; i < model.recoveryCodes().size(); i++) {
                Label code = new Label(model.recoveryCodes().get(i));
                code.getStyleClass().add("mono-code");
                grid.add(code, i % 2, i / 2);
              }
            });
    Label explain =
        new Label(
            "If you lose your phone, each of these codes signs you in once. Keep them somewhere"
                + " safe, such as your password manager.");
    explain.setWrapText(true);
    explain.getStyleClass().add(Styles.TEXT_MUTED);
    Button copy = new Button("Copy codes", new FontIcon(Feather.COPY));
    copy.setId("copyCodes");
    copy.setOnAction(
        e -> {
          ClipboardContent content = new ClipboardContent();
          content.putString(model.recoveryCodesText());
          Clipboard.getSystemClipboard().setContent(content);
          copy.setText("Copied");
        });
    CheckBox saved = new CheckBox("I saved them");
    saved.setId("savedCodes");
    saved.selectedProperty().bindBidirectional(model.savedCodesProperty());
    HBox actions = new HBox(16, copy, saved);
    actions.setAlignment(Pos.CENTER_LEFT);
    // The codes sit in a panel that grows with the card, so the card is as full as the QR one.
    StackPane panel = new StackPane(grid);
    panel.getStyleClass().add("codes-panel");
    grid.setAlignment(Pos.CENTER);
    VBox.setVgrow(panel, Priority.ALWAYS);
    VBox box = new VBox(12, step("2", "Save your recovery codes"), explain, panel, actions);
    box.getStyleClass().add("admin-card");
    box.setPadding(new Insets(18, 20, 18, 20));
    HBox.setHgrow(box, Priority.ALWAYS);
    return box;
  }

  private VBox confirmStep() {
    TextField code = new TextField();
    code.setId("enrollmentCode");
    code.setPromptText("123456");
    code.setPrefColumnCount(8);
    code.getStyleClass().add("code-field");
    code.textProperty().bindBidirectional(model.codeProperty());
    Button confirm = new Button("Turn on two-factor");
    confirm.setId("confirmTwoFactor");
    confirm.getStyleClass().add(Styles.ACCENT);
    confirm.setDefaultButton(true);
    confirm.disableProperty().bind(model.canConfirmProperty().not());
    confirm.setOnAction(e -> model.confirm());
    HBox row = new HBox(10, code, confirm);
    row.setAlignment(Pos.CENTER_LEFT);
    if (!model.required()) {
      Button cancel = new Button("Cancel");
      cancel.setOnAction(e -> model.cancel());
      row.getChildren().add(cancel);
    }
    Label hint =
        new Label("Enter the 6-digit code the app shows now. Tick \"I saved them\" first.");
    hint.getStyleClass().add(Styles.TEXT_MUTED);
    VBox box = new VBox(10, step("3", "Confirm with a code"), hint, row);
    box.getStyleClass().add("admin-card");
    box.setPadding(new Insets(18, 20, 18, 20));
    return box;
  }

  private static HBox step(String number, String title) {
    Label n = new Label(number);
    n.getStyleClass().add("step-number");
    Label t = new Label(title);
    t.getStyleClass().add(Styles.TITLE_4);
    HBox box = new HBox(10, n, t);
    box.setAlignment(Pos.CENTER_LEFT);
    return box;
  }

  public Parent root() {
    return root;
  }
}
