package io.autoposter.desktop.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.sync.ServerClient;
import io.autoposter.desktop.testing.FakeAdmin;
import io.autoposter.desktop.testing.FakeServer;
import io.autoposter.desktop.testing.TestClients;
import io.autoposter.desktop.ui.TaskExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TwoFactorEnrollmentViewModelTest {

  private final FakeServer server = new FakeServer();
  private final ServerClient client = TestClients.signedIn(server);
  private final AtomicInteger enrolled = new AtomicInteger();
  private final TwoFactorEnrollmentViewModel model =
      new TwoFactorEnrollmentViewModel(
          client.account(FakeServer.AGENCY),
          false,
          TaskExecutor.sameThread(),
          enrolled::incrementAndGet,
          () -> {});

  @AfterEach
  void close() {
    client.close();
    server.close();
  }

  @Test
  void startShowsSecretInGroupsOfFourAndTenRecoveryCodes() {
    model.start();

    assertThat(model.secretGroups()).isEqualTo("JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP");
    assertThat(model.recoveryCodes()).hasSize(10).startsWith("4f7k-92mx");
    assertThat(model.recoveryCodesText()).contains("4f7k-92mx\nh3nd-0q8z");
  }

  @Test
  void confirmNeedsTheCodesSavedAndSixDigits() {
    model.start();
    model.codeProperty().set(FakeAdmin.TOTP_CODE);
    assertThat(model.canConfirmProperty().get()).isFalse();
    model.savedCodesProperty().set(true);
    assertThat(model.canConfirmProperty().get()).isTrue();

    model.confirm();
    assertThat(enrolled).hasValue(1);
    assertThat(server.admin().twoFactorEnabled).isTrue();
  }

  @Test
  void aWrongCodeKeepsTheEnrolmentOpenWithAMessage() {
    model.start();
    model.savedCodesProperty().set(true);
    model.codeProperty().set("000000");
    model.confirm();

    assertThat(enrolled).hasValue(0);
    assertThat(model.remote().errorProperty().get()).startsWith("That code didn't work");
  }

  @Test
  void theQrCodeIsCrispWithAQuietZone() {
    var image = QrCode.render(FakeAdmin.ENROLLMENT.otpauthUri(), 200);
    assertThat(image.getWidth()).isBetween(180.0, 224.0);
    var pixels = image.getPixelReader();
    assertThat(pixels.getColor(0, 0)).isEqualTo(javafx.scene.paint.Color.WHITE);
    int dark = 0;
    for (int x = 0; x < image.getWidth(); x++) {
      if (pixels.getColor(x, (int) image.getHeight() / 2).equals(javafx.scene.paint.Color.BLACK)) {
        dark++;
      }
    }
    assertThat(dark).isPositive();
  }
}
