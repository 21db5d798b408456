package io.autoposter.desktop.accounts;

import io.autoposter.desktop.ui.RemoteState;
import io.autoposter.desktop.ui.TaskExecutor;
import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.model.api.SocialAccount;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and commands of the Social accounts screen: the agency's brands (from the local copy, so a
 * brand without accounts still shows) with the accounts the server says are connected to each.
 */
public final class AccountsViewModel {

  /** Connects a sandbox account to a brand on the server. */
  @FunctionalInterface
  public interface SandboxConnector {
    SocialAccount connect(BrandId brand, String name) throws Exception;
  }

  private final ObservableList<BrandAccounts> brands = FXCollections.observableArrayList();
  private final RemoteState remote;
  private final Supplier<List<Brand>> localBrands;
  private final Callable<List<SocialAccount>> connected;
  private final SandboxConnector sandbox;
  private final boolean canConnect;
  private final Runnable afterConnect;

  public AccountsViewModel(
      Supplier<List<Brand>> localBrands,
      Callable<List<SocialAccount>> connected,
      SandboxConnector sandbox,
      boolean canConnect,
      TaskExecutor tasks,
      Runnable afterConnect) {
    this.localBrands = Objects.requireNonNull(localBrands, "localBrands");
    this.connected = Objects.requireNonNull(connected, "connected");
    this.sandbox = Objects.requireNonNull(sandbox, "sandbox");
    this.canConnect = canConnect;
    this.afterConnect = Objects.requireNonNull(afterConnect, "afterConnect");
    this.remote = new RemoteState(tasks);
  }

  /** Every brand the user may see, by name, each with its accounts. */
  public ObservableList<BrandAccounts> brands() {
    return brands;
  }

  public RemoteState remote() {
    return remote;
  }

  /** Owners and admins may connect accounts; everyone else only sees them. */
  public boolean canConnect() {
    return canConnect;
  }

  public void load() {
    remote.load(() -> group(localBrands.get(), connected.call()), loaded -> brands.setAll(loaded));
  }

  /** Connects a sandbox account named after the brand, then reloads. */
  public void connectSandbox(Brand brand) {
    if (!canConnect) {
      remote.showError("Only owners and admins can connect accounts.");
      return;
    }
    String name = brand.name() + " (sandbox)";
    remote.call(
        () -> sandbox.connect(brand.id(), name),
        account -> {
          remote.showNotice("Connected " + account.displayName() + " to " + brand.name() + ".");
          afterConnect.run();
          reloadKeepingNotice();
        });
  }

  private void reloadKeepingNotice() {
    String notice = remote.noticeProperty().get();
    remote.load(
        () -> group(localBrands.get(), connected.call()),
        loaded -> {
          brands.setAll(loaded);
          remote.showNotice(notice);
        });
  }

  /** Brands by name; accounts of brands the local copy does not know yet are left out. */
  static List<BrandAccounts> group(List<Brand> brands, List<SocialAccount> accounts) {
    Map<BrandId, List<SocialAccount>> byBrand =
        accounts.stream().collect(Collectors.groupingBy(SocialAccount::brandId));
    return brands.stream()
        .sorted(Comparator.comparing(Brand::name, String.CASE_INSENSITIVE_ORDER))
        .map(b -> new BrandAccounts(b, byBrand.getOrDefault(b.id(), List.of())))
        .toList();
  }
}
