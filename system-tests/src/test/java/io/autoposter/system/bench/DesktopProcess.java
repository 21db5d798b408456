package io.autoposter.system.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The packaged desktop app ({@code desktop-app.jar}) as its own process on a virtual display, with
 * its start-up probe on: the milestones it prints ({@code autoposter-probe <event> <ms>}) and its
 * resident memory from /proc.
 */
final class DesktopProcess implements AutoCloseable {

  private final Process process;
  private final Map<String, Long> events = new ConcurrentHashMap<>();
  private final List<String> output = java.util.Collections.synchronizedList(new ArrayList<>());

  private DesktopProcess(Process process) {
    this.process = process;
    Thread reader =
        Thread.ofPlatform()
            .daemon()
            .start(
                () -> {
                  try (BufferedReader in =
                      new BufferedReader(
                          new InputStreamReader(
                              process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                      output.add(line);
                      if (line.startsWith("autoposter-probe ")) {
                        String[] parts = line.split(" ");
                        events.putIfAbsent(parts[1], Long.parseLong(parts[2]));
                      }
                    }
                  } catch (IOException ended) {
                    // The process is gone.
                  }
                });
    reader.setName("desktop-output");
  }

  /**
   * Starts {@code jar} on {@code display} with {@code jvmOptions} and {@code env} (data directory,
   * server URL, sign-in).
   */
  static DesktopProcess start(
      Path jar, String display, List<String> jvmOptions, Map<String, String> env)
      throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-Dautoposter.probe=true");
    command.add("--enable-native-access=ALL-UNNAMED");
    command.add("--sun-misc-unsafe-memory-access=allow");
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(jar.toString());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("DISPLAY", display);
    builder.environment().putAll(env);
    return new DesktopProcess(builder.start());
  }

  /** Waits for {@code event} and returns its time since the JVM started, in ms. */
  long await(String event, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      Long at = events.get(event);
      if (at != null) {
        return at;
      }
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "the desktop app exited before " + event + ":\n" + String.join("\n", output));
      }
      sleep(Duration.ofMillis(20));
    }
    throw new IllegalStateException(
        "no " + event + " within " + timeout + ":\n" + String.join("\n", tail()));
  }

  /** Waits for the app to quit by itself (as with {@code -Dautoposter.probe.exit=true}). */
  void awaitExit(Duration timeout) {
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new IllegalStateException("the desktop app did not quit within " + timeout);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Peak resident set size so far (VmHWM), in MiB. */
  long peakRssMib() throws IOException {
    return statusField("VmHWM:");
  }

  /** Resident set size now (VmRSS), in MiB. */
  long rssMib() throws IOException {
    return statusField("VmRSS:");
  }

  private long statusField(String name) throws IOException {
    for (String line :
        Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
      if (line.startsWith(name)) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
      }
    }
    throw new IllegalStateException("no " + name + " for pid " + process.pid());
  }

  private List<String> tail() {
    synchronized (output) {
      return List.copyOf(output.subList(Math.max(0, output.size() - 40), output.size()));
    }
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
