package io.autoposter.desktop.ui;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The shared state of a screen that needs the server: busy, offline (show the "needs a connection"
 * notice) and the last error or confirmation. ViewModels run their server calls through {@link
 * #call}.
 */
public final class RemoteState {

  private final TaskExecutor tasks;
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper offline = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

  public RemoteState(TaskExecutor tasks) {
    this.tasks = Objects.requireNonNull(tasks, "tasks");
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** True after a load found the server unreachable; a later success clears it. */
  public ReadOnlyBooleanProperty offlineProperty() {
    return offline.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** A short confirmation such as "Invitation sent to lea@agency.test". */
  public ReadOnlyStringProperty noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  public void showError(String message) {
    notice.set("");
    error.set(message);
  }

  public void showNotice(String message) {
    error.set("");
    notice.set(message);
  }

  /** Loads screen data: unreachable turns the whole screen into the offline notice. */
  public <T> void load(Callable<T> work, Consumer<? super T> onSuccess) {
    run(work, onSuccess, true);
  }

  /** Runs a command: unreachable shows the calm sentence as an error line. */
  public <T> void call(Callable<T> work, Consumer<? super T> onSuccess) {
    run(work, onSuccess, false);
  }

  private <T> void run(Callable<T> work, Consumer<? super T> onSuccess, boolean isLoad) {
    busy.set(true);
    error.set("");
    notice.set("");
    tasks.run(
        work,
        result -> {
          busy.set(false);
          offline.set(false);
          onSuccess.accept(result);
        },
        failure -> {
          busy.set(false);
          if (isLoad && ServerErrors.isUnreachable(failure)) {
            offline.set(true);
          } else {
            error.set(ServerErrors.describe(failure));
          }
        });
  }
}
