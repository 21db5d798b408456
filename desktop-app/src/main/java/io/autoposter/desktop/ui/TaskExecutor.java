package io.autoposter.desktop.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (database, network) off the UI thread and hands the result back on it. ViewModels
 * use only this, so their tests can run everything on the test thread.
 */
public interface TaskExecutor {

  /** Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} on the UI. */
  <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

  /** Runs {@code action} on the UI thread (now, if already on it). */
  void onUi(Runnable action);

  /** Everything on the calling thread: for tests and headless use. */
  static TaskExecutor sameThread() {
    return new TaskExecutor() {
      @Override
      public <T> void run(
          Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
          result = work.call();
        } catch (Exception e) {
          onFailure.accept(e);
          return;
        }
        onSuccess.accept(result);
      }

      @Override
      public void onUi(Runnable action) {
        action.run();
      }
    };
  }
}
