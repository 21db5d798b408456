package io.autoposter.desktop.signin;

import io.autoposter.desktop.storage.SavedSession;
import io.autoposter.desktop.sync.SignInException;
import io.autoposter.desktop.ui.TaskExecutor;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** State and commands of the sign-in screen. */
public final class SignInViewModel {

  // ---- Properties ----
  private final StringProperty serverUrl = new SimpleStringProperty("");
  private final StringProperty email = new SimpleStringProperty("");
  private final StringProperty password = new SimpleStringProperty("");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");
  private final BooleanBinding canSignIn;

  private final SignInAction action;
  private final TaskExecutor tasks;
  private final Consumer<SavedSession> onSignedIn;

  public SignInViewModel(
      String defaultServerUrl,
      SignInAction action,
      TaskExecutor tasks,
      Consumer<SavedSession> onSignedIn) {
    this.action = Objects.requireNonNull(action, "action");
    this.tasks = Objects.requireNonNull(tasks, "tasks");
    this.onSignedIn = Objects.requireNonNull(onSignedIn, "onSignedIn");
    serverUrl.set(defaultServerUrl == null ? "" : defaultServerUrl);
    canSignIn =
        Bindings.createBooleanBinding(
            () ->
                !busy.get()
                    && !serverUrl.get().isBlank()
                    && !email.get().isBlank()
                    && !password.get().isEmpty(),
            busy,
            serverUrl,
            email,
            password);
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

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty errorMessageProperty() {
    return errorMessage.getReadOnlyProperty();
  }

  public BooleanBinding canSignInProperty() {
    return canSignIn;
  }

  // ---- Commands ----

  /** Signs in in the background; on success hands the session to the app, else shows why not. */
  public void signIn() {
    if (!canSignIn.get()) {
      return;
    }
    String url = serverUrl.get().strip();
    String mail = email.get().strip();
    String secret = password.get();
    busy.set(true);
    errorMessage.set("");
    tasks.run(
        () -> action.signIn(url, mail, secret),
        session -> {
          busy.set(false);
          password.set("");
          onSignedIn.accept(session);
        },
        failure -> {
          busy.set(false);
          errorMessage.set(messageFor(failure, url));
        });
  }

  /** Shows an error that happened outside this screen, such as a failed automatic sign-in. */
  public void showError(Throwable failure) {
    errorMessage.set(messageFor(failure, serverUrl.get().strip()));
  }

  static String messageFor(Throwable failure, String url) {
    if (failure instanceof SignInException e) {
      return switch (e.reason()) {
        case INVALID_CREDENTIALS ->
            "That e-mail and password don't match. Check both and try again.";
        case UNREACHABLE ->
            "Can't reach the server at " + url + ". Check the address and your connection.";
        case INVALID_URL ->
            "\""
                + url
                + "\" is not a server address. It should look like https://autoposter.example.com";
        case SERVER_ERROR -> "The server couldn't sign you in: " + e.getMessage();
      };
    }
    return "Something went wrong while signing in: "
        + (failure.getMessage() == null
            ? failure.getClass().getSimpleName()
            : failure.getMessage());
  }
}
