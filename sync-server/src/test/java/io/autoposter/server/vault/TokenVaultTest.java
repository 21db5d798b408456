package io.autoposter.server.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.autoposter.model.Network;
import io.autoposter.server.vault.VaultFixture.Account;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Storing and reading tokens on a real H2 file, and what a ciphertext is bound to. */
class TokenVaultTest {
  @TempDir Path dataDir;
  private VaultFixture fixture;
  private TokenVault vault;

  @BeforeEach
  void open() {
    fixture = VaultFixture.h2(dataDir);
    vault = fixture.instance();
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void storedTokenReadsBack() {
    Account account = fixture.account(fixture.agency(), Network.FACEBOOK);

    fixture.store(vault, account, TokenKind.ACCESS, "EAAB-access-token-1");

    assertThat(fixture.read(vault, account, TokenKind.ACCESS))
        .contains(new SecretToken("EAAB-access-token-1"));
  }

  @Test
  void storingAgainReplacesTheToken() {
    Account account = fixture.account();
    fixture.store(vault, account, TokenKind.REFRESH, "first-refresh-token");

    fixture.store(vault, account, TokenKind.REFRESH, "second-refresh-token");

    assertThat(fixture.read(vault, account, TokenKind.REFRESH))
        .contains(new SecretToken("second-refresh-token"));
  }

  @Test
  void aTokenNeverStoredReadsAsEmpty() {
    Account account = fixture.account();
    fixture.store(vault, account, TokenKind.ACCESS, "only-access");

    assertThat(fixture.read(vault, account, TokenKind.PAGE)).isEmpty();
  }

  @Test
  void anotherAgencyFindsNoToken() {
    Account account = fixture.account();
    fixture.store(vault, account, TokenKind.ACCESS, "agency-one-token");
    Account sameIdOtherAgency = new Account(fixture.agency(), account.id(), account.network());

    assertThat(fixture.read(vault, sameIdOtherAgency, TokenKind.ACCESS)).isEmpty();
  }

  @Test
  void theDatabaseHoldsNoTokenInTheClear() {
    Account account = fixture.account();
    fixture.store(vault, account, TokenKind.ACCESS, "plain-token-value-42");

    String stored = fixture.ciphertext(account, TokenKind.ACCESS);

    assertThat(stored).doesNotContain("plain-token-value-42");
    assertThat(new String(java.util.Base64.getDecoder().decode(stored)))
        .doesNotContain("plain-token-value-42");
  }

  @Test
  void ciphertextCopiedToAnotherKindDoesNotDecrypt() {
    Account account = fixture.account();
    fixture.store(vault, account, TokenKind.ACCESS, "access-token");
    fixture.store(vault, account, TokenKind.REFRESH, "refresh-token");

    copyCiphertext(account, TokenKind.ACCESS, account, TokenKind.REFRESH);

    assertDoesNotDecrypt(account, TokenKind.REFRESH);
  }

  @Test
  void ciphertextCopiedToAnotherAccountOfTheAgencyDoesNotDecrypt() {
    Account source = fixture.account();
    Account target = fixture.account(source.agency(), Network.SANDBOX);
    fixture.store(vault, source, TokenKind.ACCESS, "source-token");
    fixture.store(vault, target, TokenKind.ACCESS, "target-token");

    copyCiphertext(source, TokenKind.ACCESS, target, TokenKind.ACCESS);

    assertDoesNotDecrypt(target, TokenKind.ACCESS);
  }

  @Test
  void ciphertextCopiedToAnotherAgencyDoesNotDecrypt() {
    Account source = fixture.account();
    Account target = fixture.account();
    fixture.store(vault, source, TokenKind.PAGE, "page-token-of-agency-one");
    fixture.store(vault, target, TokenKind.PAGE, "page-token-of-agency-two");

    copyCiphertext(source, TokenKind.PAGE, target, TokenKind.PAGE);

    assertDoesNotDecrypt(target, TokenKind.PAGE);
  }

  @Test
  void readingUnderAnotherNetworkDoesNotDecrypt() {
    Account account = fixture.account(fixture.agency(), Network.LINKEDIN);
    fixture.store(vault, account, TokenKind.ACCESS, "linkedin-token");
    Account asX = new Account(account.agency(), account.id(), Network.X);

    assertDoesNotDecrypt(asX, TokenKind.ACCESS);
  }

  @Test
  void storeRefusesAnAccountOfAnotherAgencyOrNetwork() {
    Account account = fixture.account();
    Account otherAgency = new Account(fixture.agency(), account.id(), account.network());
    Account otherNetwork = new Account(account.agency(), account.id(), Network.INSTAGRAM);

    assertThatThrownBy(() -> fixture.store(vault, otherAgency, TokenKind.ACCESS, "t"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> fixture.store(vault, otherNetwork, TokenKind.ACCESS, "t"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void deleteRemovesEveryTokenOfTheAccountInItsAgencyOnly() {
    Account account = fixture.account();
    Account other = fixture.account(account.agency(), Network.SANDBOX);
    fixture.store(vault, account, TokenKind.ACCESS, "a");
    fixture.store(vault, account, TokenKind.REFRESH, "r");
    fixture.store(vault, other, TokenKind.ACCESS, "o");

    int wrongAgency =
        fixture.database.inTransaction(tx -> vault.delete(tx, fixture.agency(), account.id()));
    int deleted =
        fixture.database.inTransaction(tx -> vault.delete(tx, account.agency(), account.id()));

    assertThat(wrongAgency).isZero();
    assertThat(deleted).isEqualTo(2);
    assertThat(fixture.read(vault, account, TokenKind.ACCESS)).isEmpty();
    assertThat(fixture.read(vault, other, TokenKind.ACCESS)).contains(new SecretToken("o"));
  }

  @Test
  void anotherInstanceReadsWhatOneStored() {
    Account account = fixture.account();
    fixture.store(vault, account, TokenKind.ACCESS, "shared-through-the-database");

    TokenVault secondInstance = fixture.instance();

    assertThat(fixture.read(secondInstance, account, TokenKind.ACCESS))
        .contains(new SecretToken("shared-through-the-database"));
  }

  @Test
  void theKeysetIsStoredEncryptedAndOpensOnlyWithItsMasterKey() {
    String stored =
        fixture
            .database
            .inTransaction(tx -> new KeysetRepository().load(tx))
            .orElseThrow()
            .encrypted();
    VaultSettings otherKey = new VaultSettings(null, MasterKey.generate(), false, dataDir);

    assertThat(stored).contains("encryptedKeyset").doesNotContain("\"value\"");
    assertThatThrownBy(() -> TokenVault.open(fixture.database, otherKey, Clock.systemUTC()))
        .isInstanceOf(VaultException.class)
        .hasMessageContaining("does not open the vault keyset");
  }

  @Test
  void secretTokenNeverShowsItsValue() {
    SecretToken token = new SecretToken("do-not-print-me");

    assertThat(token.toString()).doesNotContain("do-not-print-me").contains("redacted");
    assertThat(String.valueOf(java.util.Optional.of(token))).doesNotContain("do-not-print-me");
  }

  private void copyCiphertext(Account from, TokenKind fromKind, Account to, TokenKind toKind) {
    String ciphertext = fixture.ciphertext(from, fromKind);
    int updated =
        fixture.database.inTransaction(
            tx ->
                tx.update(
                    "UPDATE social_account_tokens SET ciphertext = ?"
                        + " WHERE account_id = ? AND kind = ?",
                    ciphertext,
                    to.id().value(),
                    toKind.name()));
    assertThat(updated).isEqualTo(1);
  }

  private void assertDoesNotDecrypt(Account account, TokenKind kind) {
    assertThatThrownBy(() -> fixture.read(vault, account, kind))
        .isInstanceOf(VaultException.class)
        .hasMessageContaining("does not decrypt for this row");
  }
}
