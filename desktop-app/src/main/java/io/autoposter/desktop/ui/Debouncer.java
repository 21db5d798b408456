package io.autoposter.desktop.ui;

/**
 * Runs the last action handed to it once things have been quiet for a while, on the UI thread.
 * ViewModels use it to act after typing pauses; tests use {@link #manual()} to decide when.
 */
public interface Debouncer {

  /** Runs {@code action} after the quiet period, replacing any action not yet run. */
  void schedule(Runnable action);

  /** Drops the action not yet run, if any. */
  void cancel();

  /** A debouncer that runs only when told to: for tests and headless use. */
  static Manual manual() {
    return new Manual();
  }

  /** Holds the pending action until {@link #runPending()}. */
  final class Manual implements Debouncer {
    private Runnable pending;

    @Override
    public void schedule(Runnable action) {
      pending = action;
    }

    @Override
    public void cancel() {
      pending = null;
    }

    public boolean hasPending() {
      return pending != null;
    }

    /** Runs the pending action now, if there is one. */
    public void runPending() {
      Runnable action = pending;
      pending = null;
      if (action != null) {
        action.run();
      }
    }
  }
}
