package io.autoposter.desktop.app;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.HashSet;
import java.util.Set;
import javafx.scene.Scene;

/**
 * Milestones of a start for the desktop benchmark: with {@code -Dautoposter.probe=true} the app
 * prints {@code autoposter-probe <event> <ms since the JVM started>} once per event, such as when
 * the first frame of the workspace was laid out. Off (and silent) otherwise.
 */
final class StartupProbe {

  static final String PROPERTY = "autoposter.probe";
  private static final boolean ON = Boolean.getBoolean(PROPERTY);
  private static final Set<String> SEEN = new HashSet<>();

  private StartupProbe() {}

  /**
   * With {@code -Dautoposter.probe.exit=true}, quits the app normally a few seconds after the first
   * completed sync: for benchmark runs and for the training run that writes an AOT cache (which is
   * written when the JVM exits normally).
   */
  static void exitIfAsked() {
    if (ON && Boolean.getBoolean(PROPERTY + ".exit")) {
      Thread.ofVirtual()
          .start(
              () -> {
                try {
                  Thread.sleep(3_000);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                javafx.application.Platform.exit();
              });
    }
  }

  static boolean on() {
    return ON;
  }

  /** Prints {@code event} with the time since the JVM started, the first time it happens. */
  static synchronized void mark(String event) {
    if (!ON || !SEEN.add(event)) {
      return;
    }
    long sinceStart =
        System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    PrintStream out = System.out;
    out.println("autoposter-probe " + event + " " + sinceStart);
    out.flush();
  }

  /**
   * Marks {@code event} after the next layout pass of {@code scene}: the screen is on and usable.
   */
  static void markAfterLayout(Scene scene, String event) {
    if (!ON) {
      return;
    }
    AfterLayout.run(scene, () -> mark(event));
  }
}
