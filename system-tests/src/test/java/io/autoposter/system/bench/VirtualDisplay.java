package io.autoposter.system.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** An Xvfb X server on a free display number, so the desktop app can open a real window. */
final class VirtualDisplay implements AutoCloseable {

  private final Process process;
  private final String name;

  private VirtualDisplay(Process process, String name) {
    this.process = process;
    this.name = name;
  }

  static VirtualDisplay start() throws IOException {
    for (int number = 90; number < 130; number++) {
      if (Files.exists(Path.of("/tmp/.X11-unix/X" + number))
          || Files.exists(Path.of("/tmp/.X" + number + "-lock"))) {
        continue;
      }
      Process xvfb =
          new ProcessBuilder(
                  "Xvfb", ":" + number, "-screen", "0", "1400x900x24", "-nolisten", "tcp")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (System.nanoTime() < deadline && xvfb.isAlive()) {
        if (Files.exists(Path.of("/tmp/.X11-unix/X" + number))) {
          return new VirtualDisplay(xvfb, ":" + number);
        }
        DesktopProcess.sleep(Duration.ofMillis(50));
      }
      xvfb.destroyForcibly();
    }
    throw new IllegalStateException("could not start Xvfb on any display from :90 to :129");
  }

  String name() {
    return name;
  }

  @Override
  public void close() {
    process.destroy();
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
