package io.autoposter.desktop.signin;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.storage.SavedSession;
import io.autoposter.desktop.sync.SignInException;
import io.autoposter.desktop.ui.TaskExecutor;
import io.autoposter.model.AgencyId;
import io.autoposter.model.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs without the JavaFX toolkit. */
class SignInViewModelTest {

  private final List<SavedSession> signedIn = new ArrayList<>();

  private SignInViewModel failingWith(SignInException.Reason reason) {
    SignInViewModel model =
        new SignInViewModel(
            "http://127.0.0.1:8080",
            (url, email, password, code) -> {
              throw new SignInException(reason, "Wrong e-mail or password.", null);
            },
            (url, email) -> {},
            TaskExecutor.sameThread(),
            signedIn::add);
    model.emailProperty().set("ana@agency.test");
    model.passwordProperty().set("wrong");
    return model;
  }

  @Test
  void wrongPasswordSaysSoInWords() {
    SignInViewModel model = failingWith(SignInException.Reason.INVALID_CREDENTIALS);
    model.signIn();
    assertThat(model.errorMessageProperty().get())
        .isEqualTo("That e-mail and password don't match. Check both and try again.");
    assertThat(model.busyProperty().get()).isFalse();
    assertThat(signedIn).isEmpty();
  }

  @Test
  void unreachableServerNamesTheAddress() {
    SignInViewModel model = failingWith(SignInException.Reason.UNREACHABLE);
    model.signIn();
    assertThat(model.errorMessageProperty().get())
        .isEqualTo(
            "Can't reach the server at http://127.0.0.1:8080. Check the address and your"
                + " connection.");
  }

  @Test
  void invalidAddressExplainsTheExpectedShape() {
    SignInViewModel model = failingWith(SignInException.Reason.INVALID_URL);
    model.serverUrlProperty().set("autoposter dot com");
    model.signIn();
    assertThat(model.errorMessageProperty().get())
        .startsWith("\"autoposter dot com\" is not a server address");
  }

  @Test
  void buttonIsDisabledUntilEveryFieldIsFilled() {
    SignInViewModel model =
        new SignInViewModel(
            "", (u, e, p, c) -> null, (u, e) -> {}, TaskExecutor.sameThread(), signedIn::add);
    assertThat(model.canSignInProperty().get()).isFalse();
    model.serverUrlProperty().set("http://localhost:8080");
    model.emailProperty().set("ana@agency.test");
    assertThat(model.canSignInProperty().get()).isFalse();
    model.passwordProperty().set("pw");
    assertThat(model.canSignInProperty().get()).isTrue();
  }

  @Test
  void buttonIsDisabledWhileBusy() {
    List<Runnable> parked = new ArrayList<>();
    TaskExecutor deferred =
        new TaskExecutor() {
          @Override
          public <T> void run(
              java.util.concurrent.Callable<T> work,
              java.util.function.Consumer<? super T> onSuccess,
              java.util.function.Consumer<Throwable> onFailure) {
            parked.add(
                () -> {
                  try {
                    onSuccess.accept(work.call());
                  } catch (Exception e) {
                    onFailure.accept(e);
                  }
                });
          }

          @Override
          public void onUi(Runnable action) {
            action.run();
          }
        };
    SavedSession session =
        new SavedSession(
            "http://x", "a@b.c", AgencyId.random(), UserId.random(), "A", "t", Instant.EPOCH);
    SignInViewModel model =
        new SignInViewModel(
            "http://x", (u, e, p, c) -> session, (u, e) -> {}, deferred, signedIn::add);
    model.emailProperty().set("a@b.c");
    model.passwordProperty().set("pw");

    model.signIn();
    assertThat(model.busyProperty().get()).isTrue();
    assertThat(model.canSignInProperty().get()).isFalse();

    parked.forEach(Runnable::run);
    assertThat(signedIn).containsExactly(session);
    assertThat(model.passwordProperty().get()).isEmpty();
  }
}
