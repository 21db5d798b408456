package io.autoposter.server.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.autoposter.server.vault.VaultFixture.Account;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The four rotation steps one by one, and how instances with an older keyset cope. */
class VaultRotationTest {
  @TempDir Path dataDir;
  private VaultFixture fixture;
  private TokenVault vault;
  private KeyRotation rotation;

  @BeforeEach
  void open() {
    fixture = VaultFixture.h2(dataDir);
    vault = fixture.instance();
    rotation = fixture.instance().rotation();
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void aNewKeyIsEnabledButNotPrimary() {
    long first = rotation.status().primaryKeyId();

    long added = rotation.addKey();

    VaultStatus status = rotation.status();
    assertThat(status.primaryKeyId()).isEqualTo(first);
    assertThat(status.keys())
        .extracting(VaultStatus.KeyUse::keyId)
        .containsExactlyInAnyOrder(first, added);
    assertThat(status.version()).isEqualTo(2);
  }

  @Test
  void afterPromotionNewTokensAreEncryptedUnderTheNewKey() {
    long added = rotation.addKey();
    rotation.promote(added);
    Account account = fixture.account();

    fixture.store(vault, account, TokenKind.ACCESS, "under-the-new-key");

    assertThat(fixture.tokensUnderKey(added)).isEqualTo(1);
  }

  @Test
  void reencryptMovesOnlyTokensNotUnderThePrimaryKey() {
    long old = rotation.status().primaryKeyId();
    List<Account> accounts = IntStream.range(0, 5).mapToObj(i -> fixture.account()).toList();
    accounts.forEach(account -> fixture.store(vault, account, TokenKind.ACCESS, "old-" + account));
    long added = rotation.addKey();
    rotation.promote(added);
    fixture.store(vault, fixture.account(), TokenKind.ACCESS, "already-new");

    KeyRotation.Progress first = rotation.reencrypt(2, progress -> {});
    KeyRotation.Progress again = rotation.reencrypt(2, progress -> {});

    assertThat(first.reencrypted()).isEqualTo(5);
    assertThat(first.batches()).isEqualTo(3);
    assertThat(again.reencrypted()).isZero();
    assertThat(fixture.tokensUnderKey(old)).isZero();
    assertThat(fixture.tokensUnderKey(added)).isEqualTo(6);
    accounts.forEach(
        account ->
            assertThat(fixture.read(vault, account, TokenKind.ACCESS))
                .contains(new SecretToken("old-" + account)));
  }

  @Test
  void retireIsRefusedWhileATokenStillUsesTheKey() {
    long old = rotation.status().primaryKeyId();
    fixture.store(vault, fixture.account(), TokenKind.ACCESS, "still-old");
    rotation.promote(rotation.addKey());

    assertThatThrownBy(() -> rotation.retire(old))
        .isInstanceOf(VaultException.class)
        .hasMessageContaining("still encrypts 1 token")
        .hasMessageContaining("vault reencrypt");
    assertThat(rotation.status().keys()).hasSize(2);
  }

  @Test
  void retireIsRefusedForThePrimaryKey() {
    long primary = rotation.status().primaryKeyId();

    assertThatThrownBy(() -> rotation.retire(primary))
        .isInstanceOf(VaultException.class)
        .hasMessageContaining("primary");
  }

  @Test
  void promotingAKeyTheKeysetDoesNotHaveIsRefused() {
    assertThatThrownBy(() -> rotation.promote(12345))
        .isInstanceOf(VaultException.class)
        .hasMessageContaining("no key 12345");
  }

  @Test
  void retiredKeyIsGoneAndTokensStillRead() {
    long old = rotation.status().primaryKeyId();
    Account account = fixture.account();
    fixture.store(vault, account, TokenKind.REFRESH, "survives-rotation");
    long added = rotation.addKey();
    rotation.promote(added);
    rotation.reencrypt(KeyRotation.DEFAULT_BATCH, progress -> {});

    rotation.retire(old);

    assertThat(rotation.status().keys())
        .extracting(VaultStatus.KeyUse::keyId)
        .containsExactly(added);
    assertThat(fixture.read(fixture.instance(), account, TokenKind.REFRESH))
        .contains(new SecretToken("survives-rotation"));
  }

  @Test
  void anInstanceWithAnOlderKeysetReadsTokensUnderANewKey() {
    TokenVault olderInstance = fixture.instance();
    long added = rotation.addKey();
    rotation.promote(added);
    Account account = fixture.account();
    fixture.store(vault, account, TokenKind.ACCESS, "written-by-an-up-to-date-instance");

    assertThat(fixture.read(olderInstance, account, TokenKind.ACCESS))
        .contains(new SecretToken("written-by-an-up-to-date-instance"));
  }

  @Test
  void anInstanceWithAnOlderKeysetWritesUnderTheNewPrimaryKey() {
    TokenVault olderInstance = fixture.instance();
    long added = rotation.addKey();
    rotation.promote(added);

    fixture.store(olderInstance, fixture.account(), TokenKind.ACCESS, "from-the-older-instance");

    assertThat(fixture.tokensUnderKey(added)).isEqualTo(1);
  }

  @Test
  void aTokenThatDoesNotDecryptIsReportedAndKeepsItsKey() {
    long old = rotation.status().primaryKeyId();
    Account good = fixture.account();
    Account tampered = fixture.account();
    fixture.store(vault, good, TokenKind.ACCESS, "good");
    fixture.store(vault, tampered, TokenKind.ACCESS, "tampered");
    String goodCiphertext = fixture.ciphertext(good, TokenKind.ACCESS);
    fixture.database.inTransaction(
        tx ->
            tx.update(
                "UPDATE social_account_tokens SET ciphertext = ? WHERE account_id = ?",
                goodCiphertext,
                tampered.id().value()));
    rotation.promote(rotation.addKey());

    KeyRotation.Progress progress = rotation.reencrypt(10, batch -> {});

    assertThat(progress.reencrypted()).isEqualTo(1);
    assertThat(progress.failed()).isEqualTo(1);
    assertThat(fixture.tokensUnderKey(old)).isEqualTo(1);
    assertThatThrownBy(() -> rotation.retire(old)).isInstanceOf(VaultException.class);
  }
}
