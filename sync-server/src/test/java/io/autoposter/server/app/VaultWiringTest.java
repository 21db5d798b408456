package io.autoposter.server.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.autoposter.server.vault.TestMasterKey;
import io.autoposter.server.vault.VaultException;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server starts with its token vault, or tells the operator how to give it a master key. */
class VaultWiringTest {
  @TempDir Path dataDir;

  @Test
  void aServerWithoutAMasterKeyDoesNotStartAndSaysHowToProvideOne() {
    ServerSettings settings = ServerSettings.from(config(Map.of()), variable -> null);

    assertThatThrownBy(() -> ServerComponents.create(settings))
        .isInstanceOf(VaultException.class)
        .hasMessageContaining("autoposter.vault.master-key-file")
        .hasMessageContaining("AUTOPOSTER_VAULT_MASTER_KEY");
  }

  @Test
  void aDemoServerCreatesItsOwnMasterKeyAndStarts() {
    ServerSettings settings =
        ServerSettings.from(
            config(
                Map.of(
                    "autoposter.demo.seed", "true",
                    "autoposter.demo.email", "demo@example.com",
                    "autoposter.demo.password", "demo-password-long-enough",
                    "autoposter.demo.content", "false",
                    "autoposter.publisher.enabled", "false")),
            variable -> null);

    try (ServerComponents components = ServerComponents.create(settings)) {
      assertThat(components.tokenVault()).isNotNull();
    }
    assertThat(dataDir.resolve("secrets").resolve("vault-master.key")).isRegularFile();
  }

  @Test
  void theMasterKeyComesFromTheEnvironmentAndStaysOutOfTheSettingsText() {
    ServerSettings settings =
        ServerSettings.from(
            config(Map.of()),
            variable ->
                "AUTOPOSTER_VAULT_MASTER_KEY".equals(variable) ? TestMasterKey.VALUE : null);

    assertThat(settings.vault().masterKey()).isEqualTo(TestMasterKey.VALUE);
    assertThat(settings.toString()).doesNotContain(TestMasterKey.VALUE);
    try (ServerComponents components = ServerComponents.create(settings)) {
      assertThat(components.tokenVault()).isNotNull();
    }
  }

  @Test
  void theMasterKeyFileSettingNamesAFile() throws Exception {
    Path file = dataDir.resolve("master.key");
    Files.writeString(file, TestMasterKey.VALUE);

    ServerSettings settings =
        ServerSettings.from(
            config(Map.of("autoposter.vault.master-key-file", file.toString())), variable -> null);

    assertThat(settings.vault().masterKeyFile()).isEqualTo(file.toAbsolutePath());
    assertThat(settings.vault().masterKey()).isEmpty();
  }

  @Test
  void theVaultCommandRunsWithTheServersSettings() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status =
        VaultCli.run(
            List.of("status"),
            config(Map.of("autoposter.vault.master-key", TestMasterKey.VALUE)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Keyset version 1, 0 token(s)");
  }

  @Test
  void anUnknownVaultCommandPrintsTheUsage() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status =
        VaultCli.run(
            List.of("rotate-everything"),
            config(Map.of()),
            System.out,
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("add-key", "promote <key-id>");
  }

  /** Like {@link TestServer#config} but without its master key. */
  private Config config(Map<String, String> extra) {
    Map<String, String> values = new HashMap<>();
    values.put("server.port", "0");
    values.put("autoposter.data-dir", dataDir.toString());
    values.putAll(extra);
    return Config.just(ConfigSources.create(values));
  }
}
