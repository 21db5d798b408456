package io.autoposter.desktop.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/** Work on a small pool of daemon threads; results on the JavaFX application thread. */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {

  private static final Logger LOG = Logger.getLogger(FxTaskExecutor.class.getName());

  private final ExecutorService pool =
      Executors.newFixedThreadPool(
          2,
          r -> {
            Thread t = new Thread(r, "autoposter-task");
            t.setDaemon(true);
            return t;
          });

  @Override
  public <T> void run(
      Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
    if (pool.isShutdown()) {
      // The app is stopping: a result arriving now has no screen left to show it on.
      return;
    }
    pool.execute(
        () -> {
          try {
            T result = work.call();
            Platform.runLater(() -> onSuccess.accept(result));
          } catch (Exception | Error e) {
            LOG.log(Level.FINE, "background task failed", e);
            Platform.runLater(() -> onFailure.accept(e));
          }
        });
  }

  @Override
  public void onUi(Runnable action) {
    if (Platform.isFxApplicationThread()) {
      action.run();
    } else {
      Platform.runLater(action);
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
