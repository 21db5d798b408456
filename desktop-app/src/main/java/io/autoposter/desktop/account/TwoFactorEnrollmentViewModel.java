package io.autoposter.desktop.account;

import io.autoposter.desktop.sync.AccountService;
import io.autoposter.desktop.ui.RemoteState;
import io.autoposter.desktop.ui.TaskExecutor;
import io.autoposter.model.api.TotpEnrollment;
import java.util.Objects;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Setting up two-factor: start an enrolment, show its QR code, secret and recovery codes, and
 * confirm it with a code from the authenticator app. {@code required} means the agency requires it
 * and the user cannot skip it.
 */
public final class TwoFactorEnrollmentViewModel {

  private static final Pattern CODE = Pattern.compile("\\d{6}");

  // ---- Properties ----
  private final ReadOnlyObjectWrapper<TotpEnrollment> enrollment = new ReadOnlyObjectWrapper<>();
  private final ObservableList<String> recoveryCodes = FXCollections.observableArrayList();
  private final BooleanProperty savedCodes = new SimpleBooleanProperty(false);
  private final StringProperty code = new SimpleStringProperty("");
  private final BooleanBinding canConfirm;
  private final RemoteState remote;

  private final AccountService account;
  private final boolean required;
  private final Runnable onEnrolled;
  private final Runnable onCancel;

  public TwoFactorEnrollmentViewModel(
      AccountService account,
      boolean required,
      TaskExecutor tasks,
      Runnable onEnrolled,
      Runnable onCancel) {
    this.account = Objects.requireNonNull(account, "account");
    this.required = required;
    this.onEnrolled = Objects.requireNonNull(onEnrolled, "onEnrolled");
    this.onCancel = Objects.requireNonNull(onCancel, "onCancel");
    this.remote = new RemoteState(tasks);
    canConfirm =
        Bindings.createBooleanBinding(
            () ->
                enrollment.get() != null
                    && savedCodes.get()
                    && !remote.busyProperty().get()
                    && CODE.matcher(code.get().strip()).matches(),
            enrollment,
            savedCodes,
            code,
            remote.busyProperty());
  }

  public ReadOnlyObjectProperty<TotpEnrollment> enrollmentProperty() {
    return enrollment.getReadOnlyProperty();
  }

  public ObservableList<String> recoveryCodes() {
    return recoveryCodes;
  }

  public BooleanProperty savedCodesProperty() {
    return savedCodes;
  }

  public StringProperty codeProperty() {
    return code;
  }

  public BooleanBinding canConfirmProperty() {
    return canConfirm;
  }

  public RemoteState remote() {
    return remote;
  }

  public boolean required() {
    return required;
  }

  /** The secret in groups of four, for typing into an app by hand. */
  public String secretGroups() {
    TotpEnrollment e = enrollment.get();
    return e == null ? "" : group(e.secret());
  }

  /** The recovery codes one per line, for the clipboard. */
  public String recoveryCodesText() {
    return "Autoposter recovery codes\n" + String.join("\n", recoveryCodes) + "\n";
  }

  static String group(String secret) {
    String clean = secret.replaceAll("\\s", "");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < clean.length(); i += 4) {
      if (i > 0) {
        out.append(' ');
      }
      out.append(clean, i, Math.min(clean.length(), i + 4));
    }
    return out.toString();
  }

  // ---- Commands ----

  /** Starts (or restarts) the enrolment; a restart replaces the unconfirmed secret. */
  public void start() {
    savedCodes.set(false);
    code.set("");
    remote.load(
        account::startTwoFactorEnrollment,
        started -> {
          recoveryCodes.setAll(started.recoveryCodes());
          enrollment.set(started);
        });
  }

  public void confirm() {
    if (!canConfirm.get()) {
      return;
    }
    String typed = code.get().strip();
    remote.call(
        () -> {
          account.confirmTwoFactor(typed);
          return true;
        },
        ok -> onEnrolled.run());
  }

  public void cancel() {
    onCancel.run();
  }
}
