package io.autoposter.server.vault;

import java.nio.file.Path;

/**
 * Where the master key comes from. Exactly one of {@code masterKeyFile} and {@code masterKey} must
 * be given, except in demo mode, which creates {@code <dataDir>/secrets/vault-master.key} when
 * neither is. A master key is 32 random bytes, base64-encoded ({@code openssl rand -base64 32}).
 *
 * @param masterKeyFile file holding the master key ({@code autoposter.vault.master-key-file}); null
 *     when not set
 * @param masterKey the master key itself ({@code AUTOPOSTER_VAULT_MASTER_KEY}); blank when not set;
 *     never in {@code toString()}
 * @param demo demo mode ({@code autoposter.demo.seed}): a missing master key is created
 * @param dataDir the server's data directory, home of the demo master key
 */
public record VaultSettings(Path masterKeyFile, String masterKey, boolean demo, Path dataDir) {
  public static final String MASTER_KEY_FILE_SETTING = "autoposter.vault.master-key-file";
  public static final String MASTER_KEY_FILE_VARIABLE = "AUTOPOSTER_VAULT_MASTER_KEY_FILE";
  public static final String MASTER_KEY_VARIABLE = "AUTOPOSTER_VAULT_MASTER_KEY";

  public VaultSettings {
    masterKey = masterKey == null ? "" : masterKey.strip();
  }

  /** Where demo mode keeps the master key it creates. */
  public Path demoMasterKeyFile() {
    return dataDir.resolve("secrets").resolve("vault-master.key");
  }

  @Override
  public String toString() {
    return "VaultSettings[masterKeyFile=%s, masterKey=%s, demo=%s]"
        .formatted(masterKeyFile, masterKey.isEmpty() ? "<not set>" : "<set>", demo);
  }
}
