package io.autoposter.desktop.app;

import io.autoposter.desktop.account.AccountView;
import io.autoposter.desktop.account.AccountViewModel;
import io.autoposter.desktop.account.TwoFactorEnrollmentView;
import io.autoposter.desktop.account.TwoFactorEnrollmentViewModel;
import io.autoposter.desktop.accounts.AccountsView;
import io.autoposter.desktop.accounts.AccountsViewModel;
import io.autoposter.desktop.audit.AuditView;
import io.autoposter.desktop.audit.AuditViewModel;
import io.autoposter.desktop.brands.BrandsView;
import io.autoposter.desktop.brands.BrandsViewModel;
import io.autoposter.desktop.queue.PostTableViewModel;
import io.autoposter.desktop.settings.SettingsView;
import io.autoposter.desktop.settings.SettingsViewModel;
import io.autoposter.desktop.storage.SavedSession;
import io.autoposter.desktop.sync.AuditQuery;
import io.autoposter.desktop.team.TeamView;
import io.autoposter.desktop.team.TeamViewModel;
import io.autoposter.desktop.ui.TaskExecutor;
import io.autoposter.model.BrandId;
import io.autoposter.model.Network;
import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.scene.Node;

/** Builds the screen of each sidebar section on the signed-in {@link DesktopContext}. */
final class Screens {

  private final DesktopContext context;
  private final TaskExecutor tasks;
  private final Node posts;
  private final Runnable signOut;
  private final Consumer<Node> showSubScreen;
  private final Runnable backToAccount;
  private final Themes themes;
  private final PostScreens postScreens;
  private Reconnect pendingReconnect; // from a post's results, started when Accounts opens

  /** An account to reconnect as soon as the Accounts screen is built. */
  private record Reconnect(BrandId brand, Network network) {}

  Screens(
      DesktopContext context,
      TaskExecutor tasks,
      Node posts,
      Runnable signOut,
      Consumer<Node> showSubScreen,
      Runnable backToAccount,
      Themes themes,
      PostScreens postScreens) {
    this.themes = themes;
    this.postScreens = postScreens;
    this.context = context;
    this.tasks = tasks;
    this.posts = posts;
    this.signOut = signOut;
    this.showSubScreen = showSubScreen;
    this.backToAccount = backToAccount;
  }

  /** The next Accounts screen starts reconnecting {@code brand}'s {@code network} account. */
  void reconnectWhenAccountsOpens(BrandId brand, Network network) {
    pendingReconnect = new Reconnect(brand, network);
  }

  Node build(Section section) {
    SavedSession session = context.session();
    return switch (section) {
      case POSTS -> posts;
      case CALENDAR -> postScreens.calendar();
      case QUEUE -> postScreens.table(PostTableViewModel.Mode.QUEUE);
      case DRAFTS -> postScreens.table(PostTableViewModel.Mode.DRAFTS);
      case HISTORY -> postScreens.table(PostTableViewModel.Mode.HISTORY);
      case SEARCH -> postScreens.table(PostTableViewModel.Mode.SEARCH);
      case BRANDS -> {
        BrandsViewModel model =
            new BrandsViewModel(
                context.brandAdmin(),
                session.role().managesBrands(),
                tasks,
                () -> context.syncEngine().requestSync());
        model.load();
        yield new BrandsView(model).root();
      }
      case ACCOUNTS -> {
        AccountsViewModel model =
            new AccountsViewModel(
                context::brands,
                context.accountsServer(),
                SystemBrowser::open,
                session.role().managesBrands(),
                tasks,
                () -> context.syncEngine().requestSync(),
                context.accountHealth());
        model.load();
        if (pendingReconnect != null) {
          model.reconnect(pendingReconnect.brand(), pendingReconnect.network());
          pendingReconnect = null;
        }
        yield new AccountsView(model).root();
      }
      case TEAM -> {
        TeamViewModel model =
            new TeamViewModel(context.team(), context.brands(), session.role(), tasks);
        model.load();
        yield new TeamView(model).root();
      }
      case AUDIT -> {
        AuditViewModel model =
            new AuditViewModel(
                context.audit(), tasks, ZoneId.systemDefault(), AuditQuery.DEFAULT_SIZE);
        model.search();
        yield new AuditView(model).root();
      }
      case ACCOUNT -> {
        AccountViewModel model =
            new AccountViewModel(
                context.account(),
                session.email(),
                session.role(),
                tasks,
                () -> showSubScreen.accept(enrollment(false, backToAccount)),
                signOut);
        model.load();
        yield new AccountView(model).root();
      }
      case SETTINGS -> {
        SettingsViewModel model =
            new SettingsViewModel(
                themes.choice(),
                themes::choose,
                System.getProperty("os.name", "")
                    .toLowerCase(java.util.Locale.ROOT)
                    .contains("mac"));
        yield new SettingsView(model).root();
      }
    };
  }

  /** The two-factor enrolment screen; {@code required} hides Cancel. */
  Node enrollment(boolean required, Runnable onDone) {
    TwoFactorEnrollmentViewModel model =
        new TwoFactorEnrollmentViewModel(
            context.account(),
            required,
            tasks,
            () -> {
              context.updateSession(context.session().role(), false);
              onDone.run();
            },
            onDone);
    model.start();
    return new TwoFactorEnrollmentView(model).root();
  }
}
