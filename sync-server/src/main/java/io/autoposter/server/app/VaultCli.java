package io.autoposter.server.app;

import io.autoposter.server.store.Database;
import io.autoposter.server.vault.VaultCommand;
import io.helidon.config.Config;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;

/** {@code sync-server.jar vault <command>}: opens the server's database and runs the command. */
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
      err.println(
          "vault: cannot open the database ("
              + rootMessage(e)
              + ")."
              + " With the embedded H2 database, stop the server first: it holds the database file"
              + " while it runs. Servers on PostgreSQL keep running during a rotation.");
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
