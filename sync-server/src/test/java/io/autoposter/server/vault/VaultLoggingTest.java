package io.autoposter.server.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.autoposter.server.vault.VaultFixture.Account;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No token reaches the log, whatever the vault does, at every log level. */
class VaultLoggingTest {
  private static final String ACCESS = "EAAG-secret-access-token-7f3a";
  private static final String REFRESH = "AQX-secret-refresh-token-91bc";

  @TempDir Path dataDir;

  @Test
  void storedTokensNeverAppearInTheLogOrTheCommandOutput() {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    PrintStream printed = new PrintStream(output, true, StandardCharsets.UTF_8);
    try (CapturedLog log = new CapturedLog();
        VaultFixture fixture = VaultFixture.h2(dataDir)) {
      TokenVault vault = fixture.instance();
      Account account = fixture.account();
      Account tampered = fixture.account();
      fixture.store(vault, account, TokenKind.ACCESS, ACCESS);
      fixture.store(vault, account, TokenKind.REFRESH, REFRESH);
      fixture.store(vault, tampered, TokenKind.ACCESS, REFRESH);
      copyCiphertext(fixture, account, tampered);
      assertThat(fixture.read(vault, account, TokenKind.ACCESS)).isPresent();
      assertThatThrownBy(() -> fixture.read(vault, tampered, TokenKind.ACCESS))
          .isInstanceOf(VaultException.class)
          .satisfies(failure -> log(failure));
      VaultCommand command = new VaultCommand(printed, printed);
      VaultSettings settings = TestMasterKey.settings(dataDir);
      command.run(List.of("add-key"), fixture.database, settings, Clock.systemUTC());
      long added = fixture.instance().rotation().status().keys().getLast().keyId();
      command.run(
          List.of("promote", Long.toString(added)), fixture.database, settings, Clock.systemUTC());
      command.run(List.of("reencrypt"), fixture.database, settings, Clock.systemUTC());
      command.run(List.of("status"), fixture.database, settings, Clock.systemUTC());

      String everything = log.text() + output.toString(StandardCharsets.UTF_8);
      assertThat(log.text()).contains("cannot re-encrypt the ACCESS token");
      assertThat(everything)
          .doesNotContain(ACCESS)
          .doesNotContain(REFRESH)
          .doesNotContain(TestMasterKey.VALUE);
    }
  }

  /** What a caller that logs the failure would write. */
  private static void log(Throwable failure) {
    java.util.logging.Logger.getLogger("test.caller")
        .log(java.util.logging.Level.WARNING, "token read failed", failure);
  }

  private static void copyCiphertext(VaultFixture fixture, Account from, Account to) {
    String ciphertext = fixture.ciphertext(from, TokenKind.ACCESS);
    fixture.database.inTransaction(
        tx ->
            tx.update(
                "UPDATE social_account_tokens SET ciphertext = ? WHERE account_id = ?",
                ciphertext,
                to.id().value()));
  }
}
