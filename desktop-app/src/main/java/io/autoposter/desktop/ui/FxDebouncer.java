package io.autoposter.desktop.ui;

import java.time.Duration;
import javafx.animation.PauseTransition;

/** A {@link Debouncer} on the JavaFX animation timer: create and use it on the FX thread. */
public final class FxDebouncer implements Debouncer {

  private final PauseTransition pause;

  public FxDebouncer(Duration quiet) {
    pause = new PauseTransition(javafx.util.Duration.millis(quiet.toMillis()));
  }

  @Override
  public void schedule(Runnable action) {
    pause.stop();
    pause.setOnFinished(e -> action.run());
    pause.playFromStart();
  }

  @Override
  public void cancel() {
    pause.stop();
  }
}
