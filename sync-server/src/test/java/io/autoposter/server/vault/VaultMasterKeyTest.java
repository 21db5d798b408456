package io.autoposter.server.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the master key comes from, and what the vault says when it is missing or wrong. */
class VaultMasterKeyTest {
  @TempDir Path dataDir;

  @Test
  void withoutAMasterKeyTheVaultRefusesAndSaysHowToProvideOne() {
    try (VaultFixture fixture = VaultFixture.h2(dataDir)) {
      VaultSettings none = new VaultSettings(null, "", false, dataDir);

      assertThatThrownBy(() -> TokenVault.open(fixture.database, none, Clock.systemUTC()))
          .isInstanceOf(VaultException.class)
          .hasMessageContaining("No master key")
          .hasMessageContaining("openssl rand -base64 32")
          .hasMessageContaining("autoposter.vault.master-key-file")
          .hasMessageContaining("AUTOPOSTER_VAULT_MASTER_KEY_FILE")
          .hasMessageContaining("AUTOPOSTER_VAULT_MASTER_KEY")
          .hasMessageContaining("docs/token-vault.md");
    }
  }

  @Test
  void aMasterKeyFileOpensTheVault() throws IOException {
    Path file = dataDir.resolve("master.key");
    Files.writeString(file, MasterKey.generate() + "\n");
    try (VaultFixture fixture = VaultFixture.h2(dataDir)) {
      VaultSettings fromFile = new VaultSettings(file, "", false, dataDir);
      TokenVault vault = TokenVault.open(fixture.database, fromFile, Clock.systemUTC());
      VaultFixture.Account account = fixture.account();

      fixture.store(vault, account, TokenKind.ACCESS, "from-file");

      assertThat(
              fixture.read(
                  TokenVault.open(fixture.database, fromFile, Clock.systemUTC()),
                  account,
                  TokenKind.ACCESS))
          .contains(new SecretToken("from-file"));
    }
  }

  @Test
  void demoModeCreatesAnOwnerOnlyMasterKeyFileAndSaysSoWithoutTheKey() throws IOException {
    VaultSettings demo = new VaultSettings(null, "", true, dataDir);
    try (VaultFixture fixture = VaultFixture.h2(dataDir);
        CapturedLog log = new CapturedLog()) {
      TokenVault.open(fixture.database, demo, Clock.systemUTC());

      Path file = demo.demoMasterKeyFile();
      String key = Files.readString(file).strip();
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");
      assertThat(log.text())
          .contains("Demo mode: created a new vault master key in " + file)
          .doesNotContain(key);
    }
  }

  @Test
  void demoModeKeepsUsingTheMasterKeyItCreated() throws IOException {
    VaultSettings demo = new VaultSettings(null, "", true, dataDir);
    try (VaultFixture fixture = VaultFixture.h2(dataDir)) {
      TokenVault first = TokenVault.open(fixture.database, demo, Clock.systemUTC());
      VaultFixture.Account account = fixture.account();
      fixture.store(first, account, TokenKind.PAGE, "demo-page-token");
      String key = Files.readString(demo.demoMasterKeyFile());

      TokenVault restarted = TokenVault.open(fixture.database, demo, Clock.systemUTC());

      assertThat(Files.readString(demo.demoMasterKeyFile())).isEqualTo(key);
      assertThat(fixture.read(restarted, account, TokenKind.PAGE))
          .contains(new SecretToken("demo-page-token"));
    }
  }

  @Test
  void outsideDemoModeTheDemoKeyIsNotUsedButPointedTo() {
    VaultSettings demo = new VaultSettings(null, "", true, dataDir);
    try (VaultFixture fixture = VaultFixture.h2(dataDir)) {
      TokenVault.open(fixture.database, demo, Clock.systemUTC());
      VaultSettings production = new VaultSettings(null, "", false, dataDir);

      assertThatThrownBy(() -> TokenVault.open(fixture.database, production, Clock.systemUTC()))
          .isInstanceOf(VaultException.class)
          .hasMessageContaining("A demo master key exists in " + demo.demoMasterKeyFile());
    }
  }

  @Test
  void aMasterKeyOfTheWrongLengthIsRefusedWithoutRepeatingIt() {
    String tooShort = "c2hvcnQta2V5LXNob3J0LWtleQ==";
    try (VaultFixture fixture = VaultFixture.h2(dataDir)) {
      VaultSettings settings = new VaultSettings(null, tooShort, false, dataDir);

      assertThatThrownBy(() -> TokenVault.open(fixture.database, settings, Clock.systemUTC()))
          .isInstanceOf(VaultException.class)
          .hasMessageContaining("must be 32")
          .message()
          .doesNotContain(tooShort);
    }
  }

  @Test
  void aMasterKeyThatIsNotBase64IsRefused() {
    assertThatThrownBy(() -> MasterKey.aead("not base64 at all!", "the variable X"))
        .isInstanceOf(VaultException.class)
        .hasMessageContaining("is not base64");
  }

  @Test
  void aFileAndAValueTogetherAreRefused() {
    VaultSettings both =
        new VaultSettings(dataDir.resolve("master.key"), MasterKey.generate(), false, dataDir);

    assertThatThrownBy(() -> MasterKey.resolve(both))
        .isInstanceOf(VaultException.class)
        .hasMessageContaining("set only one");
  }

  @Test
  void settingsNeverShowTheMasterKey() {
    String key = MasterKey.generate();

    assertThat(new VaultSettings(null, key, false, dataDir).toString())
        .doesNotContain(key)
        .contains("<set>");
  }
}
