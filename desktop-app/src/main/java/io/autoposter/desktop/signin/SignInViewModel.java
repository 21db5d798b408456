package io.autoposter.desktop.signin;

import io.autoposter.desktop.storage.SavedSession;
import io.autoposter.desktop.sync.SignInException;
import io.autoposter.desktop.ui.TaskExecutor;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * State and commands of the sign-in screen: e-mail and password, then (if the account has it) the
 * two-factor code, and the "forgot password" request. The password stays in memory only until the
 * sign-in completes or the user goes back.
 */
public final class SignInViewModel {

  /** Which card the screen shows. */
  public enum Step {
    CREDENTIALS,
    ONE_TIME_CODE,
    FORGOT_PASSWORD,
    RESET_SENT
  }

  /** A 6-digit TOTP code, or a recovery code such as {@code 4f7k-92mx}. */
  private static final Pattern CODE = Pattern.compile("\\d{6}|[A-Za-z0-9]{4}-[A-Za-z0-9]{4}");

  // ---- Properties ----
  private final StringProperty serverUrl = new SimpleStringProperty("");
  private final StringProperty email = new SimpleStringProperty("");
  private final StringProperty password = new SimpleStringProperty("");
  private final StringProperty oneTimeCode = new SimpleStringProperty("");
  private final StringProperty resetEmail = new SimpleStringProperty("");
  private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.CREDENTIALS);
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper infoMessage = new ReadOnlyStringWrapper("");
  private final BooleanBinding canSignIn;
  private final BooleanBinding canSendReset;

  private final SignInAction action;
  private final PasswordResetAction resetAction;
  private final TaskExecutor tasks;
  private final Consumer<SavedSession> onSignedIn;

  public SignInViewModel(
      String defaultServerUrl,
      SignInAction action,
      PasswordResetAction resetAction,
      TaskExecutor tasks,
      Consumer<SavedSession> onSignedIn) {
    this.action = Objects.requireNonNull(action, "action");
    this.resetAction = Objects.requireNonNull(resetAction, "resetAction");
    this.tasks = Objects.requireNonNull(tasks, "tasks");
    this.onSignedIn = Objects.requireNonNull(onSignedIn, "onSignedIn");
    serverUrl.set(defaultServerUrl == null ? "" : defaultServerUrl);
    canSignIn =
        Bindings.createBooleanBinding(
            () ->
                !busy.get()
                    && !serverUrl.get().isBlank()
                    && !email.get().isBlank()
                    && !password.get().isEmpty()
                    && (step.get() != Step.ONE_TIME_CODE
                        || CODE.matcher(oneTimeCode.get().strip()).matches()),
            busy,
            serverUrl,
            email,
            password,
            oneTimeCode,
            step);
    canSendReset =
        Bindings.createBooleanBinding(
            () -> !busy.get() && !serverUrl.get().isBlank() && resetEmail.get().contains("@"),
            busy,
            serverUrl,
            resetEmail);
  }

  public StringProperty serverUrlProperty() {
    return serverUrl;
  }

  public StringProperty emailProperty() {
    return email;
  }

  public StringProperty passwordProperty() {
    return password;
  }

  /** The second factor: six digits, or a recovery code {@code xxxx-xxxx}. */
  public StringProperty oneTimeCodeProperty() {
    return oneTimeCode;
  }

  public StringProperty resetEmailProperty() {
    return resetEmail;
  }

  public ReadOnlyObjectProperty<Step> stepProperty() {
    return step.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty errorMessageProperty() {
    return errorMessage.getReadOnlyProperty();
  }

  /** The confirmation after a reset link was requested. */
  public ReadOnlyStringProperty infoMessageProperty() {
    return infoMessage.getReadOnlyProperty();
  }

  public BooleanBinding canSignInProperty() {
    return canSignIn;
  }

  public BooleanBinding canSendResetProperty() {
    return canSendReset;
  }

  // ---- Commands ----

  /**
   * Signs in in the background; on the code step it sends the code along. On success hands the
   * session to the app, else shows why not (or asks for the code).
   */
  public void signIn() {
    if (!canSignIn.get()) {
      return;
    }
    String url = serverUrl.get().strip();
    String mail = email.get().strip();
    String secret = password.get();
    String code = step.get() == Step.ONE_TIME_CODE ? oneTimeCode.get().strip() : null;
    busy.set(true);
    errorMessage.set("");
    tasks.run(
        () -> action.signIn(url, mail, secret, code),
        session -> {
          busy.set(false);
          password.set("");
          oneTimeCode.set("");
          step.set(Step.CREDENTIALS);
          onSignedIn.accept(session);
        },
        failure -> {
          busy.set(false);
          if (failure instanceof SignInException e
              && e.reason() == SignInException.Reason.TWO_FACTOR_REQUIRED
              && step.get() == Step.CREDENTIALS) {
            step.set(Step.ONE_TIME_CODE);
            return;
          }
          if (failure instanceof SignInException e
              && e.reason() == SignInException.Reason.INVALID_ONE_TIME_CODE) {
            oneTimeCode.set("");
          }
          errorMessage.set(SignInMessages.forSignIn(failure, url));
        });
  }

  /** Leaves the code step: forgets the password and the code. */
  public void backToCredentials() {
    password.set("");
    oneTimeCode.set("");
    errorMessage.set("");
    infoMessage.set("");
    step.set(Step.CREDENTIALS);
  }

  /** "Forgot password?": asks for the e-mail to send the link to. */
  public void forgotPassword() {
    resetEmail.set(email.get().strip());
    errorMessage.set("");
    infoMessage.set("");
    step.set(Step.FORGOT_PASSWORD);
  }

  /** Requests the reset e-mail; the answer is the same whether or not the address exists. */
  public void sendResetLink() {
    if (!canSendReset.get()) {
      return;
    }
    String url = serverUrl.get().strip();
    String mail = resetEmail.get().strip();
    busy.set(true);
    errorMessage.set("");
    tasks.run(
        () -> {
          resetAction.requestReset(url, mail);
          return mail;
        },
        sent -> {
          busy.set(false);
          infoMessage.set(SignInMessages.RESET_SENT);
          step.set(Step.RESET_SENT);
        },
        failure -> {
          busy.set(false);
          errorMessage.set(SignInMessages.forReset(failure, url));
        });
  }

  /** Shows an error that happened outside this screen, such as a failed automatic sign-in. */
  public void showError(Throwable failure) {
    errorMessage.set(SignInMessages.forSignIn(failure, serverUrl.get().strip()));
  }

  static String messageFor(Throwable failure, String url) {
    return SignInMessages.forSignIn(failure, url);
  }
}
