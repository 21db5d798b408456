package io.autoposter.server.vault;

import java.nio.file.Path;

/**
 * The master key of every test server and vault test. One constant: the PostgreSQL test database is
 * shared between test runs, and its keyset opens only with the key that created it.
 */
public final class TestMasterKey {
  /** Base64 of 32 bytes; a test key, never a real one. */
  public static final String VALUE = "dGVzdC1tYXN0ZXIta2V5LW9mLWF1dG9wb3N0ZXItMzI=";

  private TestMasterKey() {}

  static VaultSettings settings(Path dataDir) {
    return new VaultSettings(null, VALUE, false, dataDir);
  }
}
