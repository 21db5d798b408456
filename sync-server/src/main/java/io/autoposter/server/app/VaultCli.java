package io.autoposter.server.app;

import io.autoposter.server.store.Database;
import io.autoposter.server.vault.VaultCommand;
import io.helidon.config.Config;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * {@code sync-server.jar vault <command>}: opens the server's database and runs the command; when
 * the running server holds the embedded H2 file, asks that server to run it (the operator channel).
 */
final class VaultCli {
  private VaultCli() {}

  /** Returns the process exit code (0 done, 1 failed or refused, 2 usage). */
  static int run(List<String> args, Config config, PrintStream out, PrintStream err) {
    if (!VaultCommand.accepts(args)) {
      err.println(VaultCommand.USAGE);
      return 2;
    }
    ServerSettings settings = ServerSettings.from(config);
    Database database;
    try {
      database = Database.open(settings.database());
    } catch (RuntimeException e) {
      Path channel = OperatorChannel.file(settings.dataDir());
      if (Files.isRegularFile(channel)) {
        // The embedded H2 file is held by the running server: the server runs the command.
        return OperatorClient.run(channel, args, out, err);
      }
      err.println(
          "vault: cannot open the database ("
              + rootMessage(e)
              + "), and no running server of this data directory ("
              + settings.dataDir()
              + ") offers to run the command. Check the database settings, or start the server.");
      return 1;
    }
    try (database) {
      return new VaultCommand(out, err).run(args, database, settings.vault(), Clock.systemUTC());
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.lines().findFirst().orElse(message);
  }
}
