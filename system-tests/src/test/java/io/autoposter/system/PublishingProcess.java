package io.autoposter.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * One server instance of the crash harness: the server jar in its own process on a fixed port and a
 * shared PostgreSQL, which can be killed ({@code kill -9}) at any moment and started again on the
 * same port and settings. Its output is appended to one log across restarts.
 */
final class PublishingProcess implements AutoCloseable {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String name;
  private final Path jar;
  private final Path log;
  private final int port;
  private final Map<String, String> properties;
  private Process process;
  private int starts;
  private boolean killed;

  /** JVM options of the harness: small and quick to start, as restarts are many. */
  static final List<String> HARNESS_JVM =
      List.of("-XX:+UseSerialGC", "-Xmx256m", "-XX:TieredStopAtLevel=1");

  private final List<String> jvm;

  PublishingProcess(String name, Path jar, Path dir, Map<String, String> properties) {
    this(name, jar, dir, properties, HARNESS_JVM);
  }

  PublishingProcess(
      String name, Path jar, Path dir, Map<String, String> properties, List<String> jvm) {
    this.jvm = List.copyOf(jvm);
    this.name = name;
    this.jar = jar;
    this.log = dir.resolve(name + ".log");
    this.port = freePort();
    this.properties = Map.copyOf(properties);
  }

  String url() {
    return "http://127.0.0.1:" + port;
  }

  Path log() {
    return log;
  }

  /** Starts the process and waits until it answers. */
  void start() {
    killed = false;
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvm);
    command.add("-Dserver.port=" + port);
    properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.add("-jar");
    command.add(jar.toString());
    try {
      Files.writeString(
          log,
          "---- start " + ++starts + " of " + name + " at " + Instant.now() + "\n",
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Instant deadline = Instant.now().plusSeconds(90);
    while (!answers()) {
      if (!process.isAlive()) {
        // A crash point may fire before the status answers (due targets are taken at start).
        return;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(name + " did not start; see " + log);
      }
      LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
    }
  }

  boolean alive() {
    return process != null && process.isAlive();
  }

  /** Whether the process ended by halting itself at a crash point (not by {@link #kill}). */
  boolean haltedItself() {
    return !killed && process != null && !process.isAlive() && process.exitValue() == 137;
  }

  /** {@code kill -9}: no shutdown hooks, nothing flushed. */
  void kill() {
    if (process != null) {
      killed = true;
      process.destroyForcibly();
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Peak resident set size (VmHWM) of the running process so far, in MiB. */
  long peakRssMib() {
    try {
      for (String line :
          Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalStateException("no VmHWM for pid " + process.pid());
  }

  int starts() {
    return starts;
  }

  /** {@code kill -STOP}: the process stops where it is, its leases running out meanwhile. */
  void pause() {
    signal("-STOP");
  }

  /** {@code kill -CONT}: it goes on from where it stopped, as if no time had passed. */
  void resume() {
    signal("-CONT");
  }

  private void signal(String signal) {
    try {
      Process kill =
          new ProcessBuilder("kill", signal, Long.toString(process.pid())).inheritIO().start();
      if (kill.waitFor() != 0) {
        throw new IllegalStateException("kill " + signal + " " + process.pid() + " failed");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private boolean answers() {
    try {
      return HTTP.send(
                  HttpRequest.newBuilder(URI.create(url() + "/api/v1/status"))
                      .timeout(Duration.ofSeconds(2))
                      .GET()
                      .build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode()
          == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public void close() {
    if (process != null && process.isAlive()) {
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
  }

  @Override
  public String toString() {
    return name;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
