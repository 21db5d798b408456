package io.autoposter.system.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/** The server jar as its own process, so its memory is measured alone (peak RSS from /proc). */
final class ServerProcess implements AutoCloseable {
  private final Process process;
  private final String url;

  private ServerProcess(Process process, String url) {
    this.process = process;
    this.url = url;
  }

  static ServerProcess start(Path serverJar, Path dataDir, Path log) throws IOException {
    return start(serverJar, dataDir, log, java.util.Map.of());
  }

  /** As above, with extra environment variables for the server (such as its publisher switch). */
  static ServerProcess start(
      Path serverJar, Path dataDir, Path log, java.util.Map<String, String> env)
      throws IOException {
    int port = freePort();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(List.of(java, "-jar", serverJar.toString()))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("SERVER_PORT", Integer.toString(port));
    builder.environment().put("AUTOPOSTER_DATA_DIR", dataDir.toString());
    // The token vault will not start without a master key: a fresh one per benchmark run.
    builder.environment().put("AUTOPOSTER_VAULT_MASTER_KEY", freshMasterKey());
    builder.environment().putAll(env);
    ServerProcess server = new ServerProcess(builder.start(), "http://127.0.0.1:" + port);
    BenchClient probe = new BenchClient(server.url);
    Instant deadline = Instant.now().plusSeconds(60);
    while (!probe.isUp()) {
      if (!server.process.isAlive() || Instant.now().isAfter(deadline)) {
        server.close();
        throw new IllegalStateException("server did not start; see " + log);
      }
      LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
    }
    return server;
  }

  private static String freshMasterKey() {
    byte[] key = new byte[32];
    new java.security.SecureRandom().nextBytes(key);
    return java.util.Base64.getEncoder().encodeToString(key);
  }

  String url() {
    return url;
  }

  /** Peak resident set size (VmHWM) of the server process so far, in MiB. */
  long peakRssMib() throws IOException {
    for (String line :
        Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
      }
    }
    throw new IllegalStateException("no VmHWM for pid " + process.pid());
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
