package io.autoposter.server.vault;

import io.autoposter.server.store.Database;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;

/**
 * {@code java -jar sync-server.jar vault <command>}: key rotation and status, run beside the
 * running servers against the same database with the same master key (docs/token-vault.md).
 */
public final class VaultCommand {
  public static final String USAGE =
      """
      Usage: java -jar sync-server.jar vault <command>
        status                    keyset version, keys, and how many tokens each key encrypts
        add-key                   rotation step 1: add a new key (enabled, not primary)
        promote <key-id>          rotation step 2: new tokens are encrypted under this key
        reencrypt [batch-size]    rotation step 3: re-encrypt every token not under the primary
                                  key, in batches (default %d rows per transaction)
        retire <key-id>           rotation step 4: remove a key no token uses any more
      The server's settings apply (database, master key); see docs/token-vault.md."""
          .formatted(KeyRotation.DEFAULT_BATCH);

  private final PrintStream out;
  private final PrintStream err;

  public VaultCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** True when {@code args} are one of the commands with the arguments it takes. */
  public static boolean accepts(List<String> args) {
    return !args.isEmpty()
        && List.of("status", "add-key", "promote", "reencrypt", "retire").contains(args.getFirst())
        && argumentsFit(args);
  }

  /**
   * Runs one command and returns the process exit code: 0 done, 1 refused or failed (the reason is
   * printed), 2 not a command.
   */
  public int run(List<String> args, Database database, VaultSettings settings, Clock clock) {
    if (!accepts(args)) {
      err.println(USAGE);
      return 2;
    }
    try {
      KeyRotation rotation = TokenVault.open(database, settings, clock).rotation();
      switch (args.getFirst()) {
        case "status" -> print(rotation.status());
        case "add-key" -> {
          long keyId = rotation.addKey();
          out.println("Added key " + keyId + " (enabled, not primary).");
          out.println("Next: vault promote " + keyId);
        }
        case "promote" -> {
          long keyId = keyId(args.get(1));
          rotation.promote(keyId);
          out.println("Key " + keyId + " is primary: new tokens are encrypted under it.");
          out.println("Next: vault reencrypt");
        }
        case "reencrypt" -> reencrypt(rotation, args);
        case "retire" -> {
          long keyId = keyId(args.get(1));
          rotation.retire(keyId);
          out.println("Retired key " + keyId + ": it is gone from the keyset.");
        }
        default -> throw new IllegalStateException(args.getFirst());
      }
      return 0;
    } catch (VaultException | IllegalArgumentException e) {
      err.println("vault " + args.getFirst() + ": " + e.getMessage());
      return 1;
    }
  }

  private void reencrypt(KeyRotation rotation, List<String> args) {
    int batchSize = args.size() > 1 ? Integer.parseInt(args.get(1)) : KeyRotation.DEFAULT_BATCH;
    KeyRotation.Progress done =
        rotation.reencrypt(
            batchSize,
            progress ->
                out.println(
                    "  batch %d: %d re-encrypted so far"
                        .formatted(progress.batches(), progress.reencrypted())));
    out.println(
        "Re-encrypted %d token(s) in %d batch(es); %d failed."
            .formatted(done.reencrypted(), done.batches(), done.failed()));
    if (done.failed() > 0) {
      out.println(
          "The failed tokens do not decrypt for their rows; their accounts must reconnect.");
    }
    VaultStatus status = rotation.status();
    if (status.tokensNotUnderPrimary() == 0) {
      status.keys().stream()
          .filter(key -> !key.primary())
          .forEach(key -> out.println("Next: vault retire " + key.keyId()));
    }
  }

  private void print(VaultStatus status) {
    out.println("Keyset version " + status.version() + ", " + status.tokens() + " token(s)");
    for (VaultStatus.KeyUse key : status.keys()) {
      out.println(
          "  key %d  %-9s %d token(s)"
              .formatted(key.keyId(), key.primary() ? "primary" : "enabled", key.tokens()));
    }
    for (VaultStatus.KeyUse key : status.unknownKeys()) {
      out.println(
          "  key %d  NOT IN THE KEYSET  %d token(s) cannot be read"
              .formatted(key.keyId(), key.tokens()));
    }
    if (status.tokensNotUnderPrimary() > 0) {
      out.println(status.tokensNotUnderPrimary() + " token(s) not under the primary key yet.");
    }
  }

  private static boolean argumentsFit(List<String> args) {
    return switch (args.getFirst()) {
      case "promote", "retire" -> args.size() == 2 && isNumber(args.get(1));
      case "reencrypt" ->
          args.size() == 1 || (args.size() == 2 && args.get(1).matches("[1-9][0-9]{0,5}"));
      default -> args.size() == 1;
    };
  }

  private static boolean isNumber(String text) {
    return text.matches("[0-9]{1,10}");
  }

  private static long keyId(String text) {
    long keyId = Long.parseLong(text);
    if (keyId > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("a key id is at most " + 0xFFFF_FFFFL);
    }
    return keyId;
  }
}
