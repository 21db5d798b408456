package io.autoposter.server.app;

import io.autoposter.server.api.JsonBody;
import io.autoposter.server.api.ProblemException;
import io.autoposter.server.store.Database;
import io.autoposter.server.vault.VaultCommand;
import io.autoposter.server.vault.VaultSettings;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Properties;

/**
 * The running server's door for its operator on the same machine: {@code vault} commands run inside
 * the server, against the database it holds open. The embedded H2 file admits one process only, so
 * without this a key rotation would need the server stopped. {@code <data-dir>/secrets/operator}
 * (owner-only, rewritten at every start, deleted at stop) holds the server's address and a random
 * token; {@code POST /operator/vault} answers only requests from this machine with that token.
 */
final class OperatorChannel implements HttpService {
  private static final String BEARER = "Bearer ";

  private final Path file;
  private final Database database;
  private final VaultSettings vault;
  private final Clock clock;
  private final String token;

  /** What a vault command run by the server printed, and its exit code. */
  record Outcome(int exitCode, String output, String errors) {}

  /** The arguments of {@code vault}, such as {@code ["promote", "2"]}. */
  record Command(List<String> args) {
    Command {
      args = args == null ? List.of() : List.copyOf(args);
    }
  }

  OperatorChannel(Path dataDir, Database database, VaultSettings vault, Clock clock) {
    this.file = file(dataDir);
    this.database = database;
    this.vault = vault;
    this.clock = clock;
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  static Path file(Path dataDir) {
    return dataDir.resolve("secrets").resolve("operator");
  }

  @Override
  public void routing(HttpRules rules) {
    rules.post("/vault", this::vault);
  }

  /**
   * Writes the address and token for the {@code vault} command line, readable by this user only.
   */
  void publish(String host, int port) {
    String shownHost =
        host.isBlank() || host.equals("0.0.0.0") || host.equals("::")
            ? "127.0.0.1"
            : host.contains(":") ? "[" + host + "]" : host;
    Properties values = new Properties();
    values.setProperty("url", "http://" + shownHost + ":" + port + "/operator/vault");
    values.setProperty("token", token);
    try {
      Files.createDirectories(file.getParent(), ownerOnly("rwx------"));
      Path temporary =
          Files.createTempFile(file.getParent(), "operator", ".tmp", ownerOnly("rw-------"));
      try (var out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
        values.store(out, "Autoposter server operator channel; rewritten at every start");
      }
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the operator channel file " + file, e);
    }
  }

  /** The server stops: the channel is gone with it. */
  void withdraw() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // a stale file only makes the command line try a server that does not answer
    }
  }

  private void vault(ServerRequest request, ServerResponse response) {
    if (!fromThisMachine(request) || !tokenMatches(request)) {
      throw new ProblemException(
          403,
          "FORBIDDEN",
          "Not allowed",
          "The operator channel answers the vault command line on the server's own machine.");
    }
    Command command = JsonBody.read(request, Command.class);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exitCode;
    try (PrintStream printOut = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream printErr = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      exitCode = new VaultCommand(printOut, printErr).run(command.args(), database, vault, clock);
    }
    JsonBody.ok(
        response,
        new Outcome(
            exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)));
  }

  private static boolean fromThisMachine(ServerRequest request) {
    if (!(request.remotePeer().address() instanceof InetSocketAddress remote)
        || remote.getAddress() == null) {
      return false;
    }
    InetAddress address = remote.getAddress();
    return address.isLoopbackAddress()
        || (request.localPeer().address() instanceof InetSocketAddress local
            && address.equals(local.getAddress()));
  }

  private boolean tokenMatches(ServerRequest request) {
    String header = request.headers().first(HeaderNames.AUTHORIZATION).orElse("");
    if (!header.startsWith(BEARER)) {
      return false;
    }
    return MessageDigest.isEqual(
        header.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8),
        token.getBytes(StandardCharsets.UTF_8));
  }

  private FileAttribute<?>[] ownerOnly(String permissions) {
    return file.getFileSystem().supportedFileAttributeViews().contains("posix")
        ? new FileAttribute<?>[] {
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))
        }
        : new FileAttribute<?>[0];
  }
}
