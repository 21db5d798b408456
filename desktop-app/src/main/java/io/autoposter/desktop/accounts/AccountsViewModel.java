package io.autoposter.desktop.accounts;

import io.autoposter.desktop.sync.ApiException;
import io.autoposter.desktop.ui.RemoteState;
import io.autoposter.desktop.ui.ServerErrors;
import io.autoposter.desktop.ui.TaskExecutor;
import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.model.Network;
import io.autoposter.model.SocialAccountId;
import io.autoposter.model.api.RetryReport;
import io.autoposter.model.api.SocialAccount;
import io.autoposter.model.api.TokenHealth;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and commands of the Accounts screen: the agency's brands (from the local copy, so a brand
 * without accounts still shows) with the accounts the server says are connected to each and their
 * health; connecting by OAuth in the system browser, reconnecting and disconnecting.
 */
public final class AccountsViewModel {

  /** The networks connected by OAuth, as offered: Instagram comes with its Facebook Page. */
  public static final List<Network> CONNECTABLE =
      List.of(Network.FACEBOOK, Network.LINKEDIN, Network.X);

  private final ObservableList<BrandAccounts> brands = FXCollections.observableArrayList();
  private final RemoteState remote;
  private final Supplier<List<Brand>> localBrands;
  private final AccountsServer server;
  private final Consumer<URI> browser;
  private final boolean canConnect;
  private final Runnable afterConnect;
  private final AccountHealthBook book;
  private Brand waitingFor;

  /**
   * @param browser opens an address in the system browser
   * @param afterConnect tells sync that accounts changed
   * @param book keeps each health answer for the composer
   */
  public AccountsViewModel(
      Supplier<List<Brand>> localBrands,
      AccountsServer server,
      Consumer<URI> browser,
      boolean canConnect,
      TaskExecutor tasks,
      Runnable afterConnect,
      AccountHealthBook book) {
    this.book = Objects.requireNonNull(book, "book");
    this.localBrands = Objects.requireNonNull(localBrands, "localBrands");
    this.server = Objects.requireNonNull(server, "server");
    this.browser = Objects.requireNonNull(browser, "browser");
    this.canConnect = canConnect;
    this.afterConnect = Objects.requireNonNull(afterConnect, "afterConnect");
    this.remote = new RemoteState(tasks);
  }

  // Properties

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

  // Commands

  public void load() {
    remote.load(this::read, brands::setAll);
  }

  /** Connects a sandbox account named after the brand, then reloads. */
  public void connectSandbox(Brand brand) {
    if (refused()) {
      return;
    }
    String name = brand.name() + " (sandbox)";
    remote.call(
        () -> server.connectSandbox(brand.id(), name),
        account -> {
          afterConnect.run();
          reloadThen("Connected " + account.displayName() + " to " + brand.name() + ".");
        });
  }

  /**
   * Starts connecting {@code brand} to {@code network} (also to reconnect an expiring or broken
   * account): the server's one-time address opens in the browser, where the person signs in to the
   * platform and picks the pages; the list reloads when the window has the focus again.
   */
  public void connect(Brand brand, Network network) {
    if (refused()) {
      return;
    }
    remote.call(
        () -> {
          try {
            return server.startConnect(brand.id(), network);
          } catch (ApiException e) {
            if (e.status() == 404 || e.status() == 405) {
              throw new IllegalStateException(
                  "This server cannot connect %s accounts yet: update the Autoposter server, or"
                          .formatted(network.displayName())
                      + " connect the sandbox to try publishing.");
            }
            throw e;
          }
        },
        start -> {
          try {
            browser.accept(start.startUrl());
          } catch (RuntimeException noBrowser) {
            remote.showError(
                "Could not open your browser. Open this address in it to continue (it works for 10"
                    + " minutes): "
                    + start.startUrl());
            waitingFor = brand;
            return;
          }
          waitingFor = brand;
          remote.showNotice(
              "Finish in your browser: sign in to %s and choose what %s publishes to. This list"
                      .formatted(network.displayName(), brand.name())
                  + " refreshes when you come back.");
        });
  }

  /** Starts reconnecting {@code brand}'s account on {@code network} (from a post's results). */
  public void reconnect(BrandId brand, Network network) {
    localBrands.get().stream()
        .filter(b -> b.id().equals(brand))
        .findFirst()
        .ifPresentOrElse(
            b -> connect(b, network),
            () ->
                remote.showError("This brand is not on this computer yet: sync, then try again."));
  }

  /**
   * The window has the focus again: after a connection in the browser, show what it added; after a
   * reconnect, send again what the broken sign-in stopped, and say how much.
   */
  public void returnedToApp() {
    Brand brand = waitingFor;
    if (brand == null) {
      return;
    }
    long before = accountsOf(brand.id());
    Set<SocialAccountId> attentionBefore = needingAttention(brand.id());
    remote.load(
        this::read,
        loaded -> {
          brands.setAll(loaded);
          long added = accountsOf(brand.id()) - before;
          Set<SocialAccountId> fixed = new HashSet<>(attentionBefore);
          fixed.removeAll(needingAttention(brand.id()));
          if (added > 0) {
            waitingFor = null;
            afterConnect.run();
            remote.showNotice(
                "Connected %d %s to %s."
                    .formatted(added, added == 1 ? "account" : "accounts", brand.name()));
          } else if (!fixed.isEmpty()) {
            // A reconnect replaces the tokens of accounts already there: fewer need attention.
            waitingFor = null;
            String works =
                "Reconnected: %d %s of %s %s again."
                    .formatted(
                        fixed.size(),
                        fixed.size() == 1 ? "account" : "accounts",
                        brand.name(),
                        fixed.size() == 1 ? "works" : "work");
            retryStopped(fixed, works);
          }
        });
  }

  /** Sends again the posts each fixed account's broken sign-in stopped, then reports. */
  private void retryStopped(Set<SocialAccountId> fixed, String works) {
    remote.call(
        () -> {
          List<RetryReport> reports = new ArrayList<>();
          try {
            for (SocialAccountId account : fixed) {
              reports.add(server.retryFailed(account));
            }
          } catch (Exception e) {
            // The reconnect worked either way; say so, and how to send the posts by hand.
            return works
                + " The posts it stopped were not sent again ("
                + ServerErrors.describe(e)
                + "): open each in History and publish it now.";
          }
          return works + retried(reports);
        },
        notice -> {
          afterConnect.run();
          remote.showNotice(notice);
        });
  }

  private static String retried(List<RetryReport> reports) {
    int retried = reports.stream().mapToInt(r -> r.retried().size()).sum();
    List<RetryReport.Skipped> skipped =
        reports.stream().flatMap(r -> r.skipped().stream()).toList();
    StringBuilder notice = new StringBuilder();
    if (retried > 0) {
      notice.append(
          retried == 1
              ? " 1 post it stopped is publishing again."
              : " " + retried + " posts it stopped are publishing again.");
    }
    if (!skipped.isEmpty()) {
      notice
          .append(" ")
          .append(skipped.size() == 1 ? "1 post needs" : skipped.size() + " posts need")
          .append(" a change first: ")
          .append(skipped.getFirst().message());
    }
    return notice.toString();
  }

  /**
   * Disconnects {@code account}: the server revokes its grant where the platform allows, and says
   * so (or why not, such as another account still using the same sign-in).
   */
  public void disconnect(SocialAccount account) {
    if (refused()) {
      return;
    }
    remote.call(
        () -> server.disconnect(account.id()),
        done -> {
          afterConnect.run();
          String said = done == null || done.message() == null ? "" : done.message().strip();
          reloadThen(
              said.isEmpty() || said.equals("Disconnected.")
                  ? "Disconnected " + account.displayName() + "."
                  : account.displayName() + ": " + said);
        });
  }

  /**
   * Has the server check every account at its platform now (after fixing a permission there, or to
   * see a change at once) instead of at its next planned check.
   */
  public void checkNow() {
    remote.load(
        () -> {
          List<TokenHealth> health = server.checkHealth();
          book.record(health);
          return group(localBrands.get(), server.connected(), health);
        },
        loaded -> {
          brands.setAll(loaded);
          long attention = loaded.stream().mapToLong(BrandAccounts::needingAttention).sum();
          remote.showNotice(
              attention == 0
                  ? "Checked with the platforms: every account works."
                  : "Checked with the platforms: %d %s need%s attention."
                      .formatted(
                          attention,
                          attention == 1 ? "account" : "accounts",
                          attention == 1 ? "s" : ""));
        });
  }

  private boolean refused() {
    if (!canConnect) {
      remote.showError("Only owners and admins can connect accounts.");
    }
    return !canConnect;
  }

  private void reloadThen(String notice) {
    remote.load(
        this::read,
        loaded -> {
          brands.setAll(loaded);
          remote.showNotice(notice);
        });
  }

  private Set<SocialAccountId> needingAttention(BrandId brand) {
    return brands.stream()
        .filter(b -> b.brand().id().equals(brand))
        .flatMap(b -> b.health().values().stream())
        .filter(h -> h.state() != TokenHealth.State.HEALTHY)
        .map(TokenHealth::accountId)
        .collect(Collectors.toSet());
  }

  private long accountsOf(BrandId brand) {
    return brands.stream()
        .filter(b -> b.brand().id().equals(brand))
        .mapToLong(b -> b.accounts().size())
        .sum();
  }

  private List<BrandAccounts> read() throws Exception {
    List<SocialAccount> accounts = server.connected();
    List<TokenHealth> health;
    try {
      health = server.health();
      book.record(health);
    } catch (Exception unknown) {
      health = List.of(); // the accounts still show, without what their health is
    }
    return group(localBrands.get(), accounts, health);
  }

  /** Brands by name; accounts of brands the local copy does not know yet are left out. */
  static List<BrandAccounts> group(
      List<Brand> brands, List<SocialAccount> accounts, List<TokenHealth> health) {
    Map<BrandId, List<SocialAccount>> byBrand =
        accounts.stream().collect(Collectors.groupingBy(SocialAccount::brandId));
    Map<SocialAccountId, TokenHealth> byAccount =
        health.stream()
            .collect(Collectors.toMap(TokenHealth::accountId, Function.identity(), (a, b) -> a));
    return brands.stream()
        .sorted(Comparator.comparing(Brand::name, String.CASE_INSENSITIVE_ORDER))
        .map(
            b -> {
              List<SocialAccount> own = byBrand.getOrDefault(b.id(), List.of());
              return new BrandAccounts(
                  b,
                  own,
                  own.stream()
                      .filter(a -> byAccount.containsKey(a.id()))
                      .collect(Collectors.toMap(SocialAccount::id, a -> byAccount.get(a.id()))));
            })
        .toList();
  }
}
