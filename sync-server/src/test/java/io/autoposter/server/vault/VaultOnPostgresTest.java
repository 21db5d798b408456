package io.autoposter.server.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.autoposter.model.Network;
import io.autoposter.server.store.DatabaseSettings;
import io.autoposter.server.vault.VaultFixture.Account;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migration V7, the row binding and a whole rotation on PostgreSQL. Runs when {@code
 * AUTOPOSTER_TEST_POSTGRES_URL} is set, like {@code PostgresCompatibilityTest}; that database is
 * shared between runs, which is why every test uses {@link TestMasterKey}.
 */
class VaultOnPostgresTest {
  private static final String URL = System.getenv("AUTOPOSTER_TEST_POSTGRES_URL");

  @TempDir Path dataDir;

  @BeforeEach
  void needsPostgres() {
    if ("true".equals(System.getenv("CI"))) {
      assertThat(URL).as("CI must provide AUTOPOSTER_TEST_POSTGRES_URL").isNotBlank();
    }
    Assumptions.assumeTrue(URL != null && !URL.isBlank(), "no PostgreSQL configured");
  }

  @Test
  void tokensAreBoundToTheirRowOnPostgres() {
    try (VaultFixture fixture = postgres()) {
      TokenVault vault = fixture.instance();
      Account account = fixture.account(fixture.agency(), Network.INSTAGRAM);
      Account other = fixture.account();
      fixture.store(vault, account, TokenKind.ACCESS, "postgres-access-token");
      fixture.store(vault, other, TokenKind.ACCESS, "other-token");
      String ciphertext = fixture.ciphertext(account, TokenKind.ACCESS);
      fixture.database.inTransaction(
          tx ->
              tx.update(
                  "UPDATE social_account_tokens SET ciphertext = ? WHERE account_id = ?",
                  ciphertext,
                  other.id().value()));

      assertThat(fixture.read(vault, account, TokenKind.ACCESS))
          .contains(new SecretToken("postgres-access-token"));
      assertThatThrownBy(() -> fixture.read(vault, other, TokenKind.ACCESS))
          .isInstanceOf(VaultException.class);
      fixture.database.inTransaction(tx -> vault.delete(tx, other.agency(), other.id()));
    }
  }

  @Test
  void aWholeRotationOnPostgres() {
    try (VaultFixture fixture = postgres()) {
      TokenVault vault = fixture.instance();
      Account account = fixture.account();
      fixture.store(vault, account, TokenKind.REFRESH, "refresh-on-postgres");
      KeyRotation rotation = fixture.instance().rotation();
      long old = rotation.status().primaryKeyId();

      long added = rotation.addKey();
      rotation.promote(added);
      KeyRotation.Progress progress = rotation.reencrypt(50, batch -> {});
      rotation.retire(old);

      assertThat(progress.failed()).isZero();
      assertThat(fixture.tokensUnderKey(old)).isZero();
      assertThat(fixture.read(vault, account, TokenKind.REFRESH))
          .contains(new SecretToken("refresh-on-postgres"));
    }
  }

  private VaultFixture postgres() {
    return VaultFixture.on(
        new DatabaseSettings(
            URL,
            System.getenv().getOrDefault("AUTOPOSTER_TEST_POSTGRES_USER", ""),
            System.getenv().getOrDefault("AUTOPOSTER_TEST_POSTGRES_PASSWORD", "")),
        dataDir);
  }
}
