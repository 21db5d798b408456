package io.autoposter.desktop.signin;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.app.DesktopContext;
import io.autoposter.desktop.storage.SavedSession;
import io.autoposter.desktop.testing.FakeServer;
import io.autoposter.desktop.ui.TaskExecutor;
import io.autoposter.model.api.SignInRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two-factor step and the password reset, against the HTTP stand-in, without the toolkit. */
class TwoFactorSignInViewModelTest {

  @TempDir Path dataDir;
  private final FakeServer server = new FakeServer().requireTwoFactor("654321");
  private final List<SavedSession> signedIn = new ArrayList<>();
  private DesktopContext desktop;
  private SignInViewModel model;

  @BeforeEach
  void open() {
    desktop = DesktopContext.open(dataDir, server.url(), Optional.empty());
    model =
        new SignInViewModel(
            server.url(),
            desktop::signIn,
            desktop::requestPasswordReset,
            TaskExecutor.sameThread(),
            signedIn::add);
    model.emailProperty().set("ana@agency.test");
    model.passwordProperty().set(FakeServer.PASSWORD);
  }

  @AfterEach
  void close() {
    desktop.close();
    server.close();
  }

  @Test
  void rightPasswordOnATwoFactorAccountAsksForTheCodeAndKeepsThePassword() {
    model.signIn();

    assertThat(model.stepProperty().get()).isEqualTo(SignInViewModel.Step.ONE_TIME_CODE);
    assertThat(model.errorMessageProperty().get()).isEmpty();
    assertThat(model.passwordProperty().get()).isEqualTo(FakeServer.PASSWORD);
    assertThat(model.canSignInProperty().get()).isFalse();
    assertThat(signedIn).isEmpty();
  }

  @Test
  void theCodeIsSentWithThePasswordAndSignsIn() {
    model.signIn();
    model.oneTimeCodeProperty().set(" 654321 ");
    model.signIn();

    assertThat(signedIn).hasSize(1);
    assertThat(model.passwordProperty().get()).isEmpty();
    assertThat(model.oneTimeCodeProperty().get()).isEmpty();
    SignInRequest last = (SignInRequest) server.calls().getLast().body();
    assertThat(last.oneTimeCode()).isEqualTo("654321");
    assertThat(last.password()).isEqualTo(FakeServer.PASSWORD);
  }

  @Test
  void aWrongCodeSaysSoInWordsAndClearsTheField() {
    model.signIn();
    model.oneTimeCodeProperty().set("111111");
    model.signIn();

    assertThat(model.errorMessageProperty().get()).startsWith("That code didn't work.");
    assertThat(model.oneTimeCodeProperty().get()).isEmpty();
    assertThat(model.stepProperty().get()).isEqualTo(SignInViewModel.Step.ONE_TIME_CODE);
  }

  @Test
  void aRecoveryCodeIsAcceptedAsInput() {
    model.signIn();
    model.oneTimeCodeProperty().set("4f7k-92mx");
    assertThat(model.canSignInProperty().get()).isTrue();
    model.oneTimeCodeProperty().set("12345");
    assertThat(model.canSignInProperty().get()).isFalse();
  }

  @Test
  void goingBackForgetsPasswordAndCode() {
    model.signIn();
    model.oneTimeCodeProperty().set("123");
    model.backToCredentials();

    assertThat(model.stepProperty().get()).isEqualTo(SignInViewModel.Step.CREDENTIALS);
    assertThat(model.passwordProperty().get()).isEmpty();
    assertThat(model.oneTimeCodeProperty().get()).isEmpty();
  }

  @Test
  void rateLimitedSaysWhenToTryAgain() {
    server.rateLimit(120);
    model.signIn();
    assertThat(model.errorMessageProperty().get())
        .isEqualTo("Too many attempts — try again in 2 minutes.");
  }

  @Test
  void forgotPasswordSendsTheRequestAndExplainsWhatHappensNext() {
    model.forgotPassword();
    assertThat(model.resetEmailProperty().get()).isEqualTo("ana@agency.test");
    model.sendResetLink();

    assertThat(model.stepProperty().get()).isEqualTo(SignInViewModel.Step.RESET_SENT);
    assertThat(model.infoMessageProperty().get())
        .isEqualTo(
            "If that address has an account, we sent a link to reset the password. It is valid"
                + " for 30 minutes.");
    assertThat(server.calls().getLast().path()).isEqualTo("POST /api/v1/auth/password-reset");
  }

  @Test
  void retryAfterIsRoundedUpToWholeMinutes() {
    assertThat(SignInMessages.tooManyAttempts(Optional.of(java.time.Duration.ofSeconds(61))))
        .isEqualTo("Too many attempts — try again in 2 minutes.");
    assertThat(SignInMessages.tooManyAttempts(Optional.of(java.time.Duration.ofSeconds(30))))
        .isEqualTo("Too many attempts — try again in 30 seconds.");
  }
}
