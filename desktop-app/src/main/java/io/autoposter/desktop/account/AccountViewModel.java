package io.autoposter.desktop.account;

import io.autoposter.desktop.sync.AccountService;
import io.autoposter.desktop.ui.RemoteState;
import io.autoposter.desktop.ui.TaskExecutor;
import io.autoposter.model.Role;
import io.autoposter.model.api.Agency;
import io.autoposter.model.api.DeviceSession;
import io.autoposter.model.api.Member;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State and commands of the Account screen. */
public final class AccountViewModel {

  private static final Pattern CODE = Pattern.compile("\\d{6}");

  // ---- Properties ----
  private final ObservableList<DeviceSession> sessions = FXCollections.observableArrayList();
  private final ReadOnlyBooleanWrapper twoFactorEnabled = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper requireTwoFactor = new ReadOnlyBooleanWrapper(false);
  private final BooleanProperty disabling = new SimpleBooleanProperty(false);
  private final StringProperty disableCode = new SimpleStringProperty("");
  private final BooleanBinding canDisable;
  private final RemoteState remote;

  private final AccountService account;
  private final String email;
  private final Role role;
  private final Runnable onSetUpTwoFactor;
  private final Runnable onSignOut;

  public AccountViewModel(
      AccountService account,
      String email,
      Role role,
      TaskExecutor tasks,
      Runnable onSetUpTwoFactor,
      Runnable onSignOut) {
    this.account = Objects.requireNonNull(account, "account");
    this.email = email;
    this.role = Objects.requireNonNull(role, "role");
    this.onSetUpTwoFactor = onSetUpTwoFactor;
    this.onSignOut = onSignOut;
    this.remote = new RemoteState(tasks);
    canDisable =
        Bindings.createBooleanBinding(
            () -> !remote.busyProperty().get() && CODE.matcher(disableCode.get().strip()).matches(),
            remote.busyProperty(),
            disableCode);
  }

  public ObservableList<DeviceSession> sessions() {
    return sessions;
  }

  public RemoteState remote() {
    return remote;
  }

  public String email() {
    return email;
  }

  public Role role() {
    return role;
  }

  public boolean isOwner() {
    return role == Role.OWNER;
  }

  public ReadOnlyBooleanProperty twoFactorEnabledProperty() {
    return twoFactorEnabled.getReadOnlyProperty();
  }

  /** The agency setting (owners see and change it). */
  public ReadOnlyBooleanProperty requireTwoFactorProperty() {
    return requireTwoFactor.getReadOnlyProperty();
  }

  /** True while the "turn off two-factor" code field shows. */
  public BooleanProperty disablingProperty() {
    return disabling;
  }

  public StringProperty disableCodeProperty() {
    return disableCode;
  }

  public BooleanBinding canDisableProperty() {
    return canDisable;
  }

  // ---- Commands ----

  private record Snapshot(List<DeviceSession> sessions, Member me, Agency agency) {}

  /** Loads devices, the user's two-factor status and (owners) the agency setting. */
  public void load() {
    remote.load(
        () -> new Snapshot(account.sessions(), account.me(), isOwner() ? account.agency() : null),
        snapshot -> {
          sessions.setAll(
              snapshot.sessions().stream()
                  .sorted(
                      Comparator.comparing(DeviceSession::current)
                          .reversed()
                          .thenComparing(
                              DeviceSession::lastSeenAt,
                              Comparator.nullsLast(Comparator.reverseOrder())))
                  .toList());
          twoFactorEnabled.set(snapshot.me().twoFactorEnabled());
          if (snapshot.agency() != null) {
            requireTwoFactor.set(snapshot.agency().requireTwoFactorForAdmins());
          }
        });
  }

  public void revoke(DeviceSession session) {
    if (session.current()) {
      signOut();
      return;
    }
    remote.call(
        () -> {
          account.revokeSession(session.id());
          return session;
        },
        s -> {
          sessions.remove(s);
          remote.showNotice("Signed out " + s.deviceName() + ".");
        });
  }

  public void signOutOtherDevices() {
    remote.call(
        () -> {
          account.signOutOtherDevices();
          return true;
        },
        ok -> {
          sessions.removeIf(s -> !s.current());
          remote.showNotice("Every other device is signed out.");
        });
  }

  public void setUpTwoFactor() {
    onSetUpTwoFactor.run();
  }

  public void disableTwoFactor() {
    if (!canDisable.get()) {
      return;
    }
    String code = disableCode.get().strip();
    remote.call(
        () -> {
          account.disableTwoFactor(code);
          return true;
        },
        ok -> {
          twoFactorEnabled.set(false);
          disabling.set(false);
          disableCode.set("");
          remote.showNotice("Two-factor sign-in is off.");
        });
  }

  /** Owners only: require two-factor for owners and admins of the agency. */
  public void setRequireTwoFactor(boolean required) {
    if (!isOwner() || required == requireTwoFactor.get()) {
      return;
    }
    remote.call(
        () -> account.requireTwoFactorForAdmins(required),
        agency -> {
          requireTwoFactor.set(agency.requireTwoFactorForAdmins());
          remote.showNotice(
              agency.requireTwoFactorForAdmins()
                  ? "Owners and admins now need two-factor to sign in."
                  : "Two-factor is optional again for owners and admins.");
        });
  }

  public void signOut() {
    onSignOut.run();
  }
}
