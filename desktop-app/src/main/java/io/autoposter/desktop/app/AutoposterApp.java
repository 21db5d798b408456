package io.autoposter.desktop.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.autoposter.desktop.signin.SignInView;
import io.autoposter.desktop.signin.SignInViewModel;
import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.desktop.storage.SavedSession;
import io.autoposter.desktop.sync.SyncEngine;
import io.autoposter.desktop.ui.FxTaskExecutor;
import io.autoposter.desktop.ui.Roles;
import io.autoposter.desktop.ui.TaskExecutor;
import io.autoposter.desktop.workspace.PublishResults;
import io.autoposter.desktop.workspace.WorkspaceView;
import io.autoposter.desktop.workspace.WorkspaceViewModel;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: theme, window, and navigation between sign-in and workspace. */
public final class AutoposterApp extends Application {

  static final double WIDTH = 1280;
  static final double HEIGHT = 800;
  private static final String STYLESHEET = "autoposter.css";

  private AppSettings settings;
  private DesktopContext context;
  private FxTaskExecutor tasks;
  private Scene scene;
  private WorkspaceViewModel workspace;
  private AppShell shell;
  private ShellViewModel shellModel;
  private Themes themes;
  private PostScreens postScreens;

  /** Used by {@link Application#launch}: settings come from arguments and the environment. */
  public AutoposterApp() {}

  /** For tests and embedding: explicit settings. */
  public AutoposterApp(AppSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  @Override
  public void start(Stage stage) {
    if (settings == null) {
      settings = AppSettings.from(getParameters().getRaw(), System.getenv());
    }
    StartupProbe.mark("fx-start");
    SystemBrowser.install(getHostServices());
    themes = Themes.load(settings.dataDir(), settings.dark());
    themes.follow();
    context = DesktopContext.open(settings.dataDir(), settings.serverUrl());
    StartupProbe.mark("context-opened");
    tasks = new FxTaskExecutor();
    scene = new Scene(new javafx.scene.layout.StackPane(), WIDTH, HEIGHT);
    scene.getStylesheets().add(stylesheet());
    stage.setTitle("Autoposter");
    stage.setScene(scene);
    stage.setMinWidth(960);
    stage.setMinHeight(640);
    stage.show();
    StartupProbe.mark("window-shown");

    if (settings.autoSignIn() && context.resume(settings.signInEmail())) {
      showWorkspace();
    } else if (settings.autoSignIn()) {
      SignInViewModel signIn = showSignIn();
      signIn.emailProperty().set(settings.signInEmail());
      signIn.passwordProperty().set(settings.signInPassword());
      signIn.signIn();
    } else if (context.resumeLast()) {
      StartupProbe.mark("session-resumed");
      showWorkspace();
    } else {
      showSignIn();
    }
    StorePreload.discard();
  }

  /** Switches between light and dark AtlantaFX themes for the whole application. */
  public static void applyTheme(boolean dark) {
    Application.setUserAgentStylesheet(
        dark
            ? new PrimerDark().getUserAgentStylesheet()
            : new PrimerLight().getUserAgentStylesheet());
  }

  /** The app's own stylesheet, on top of the AtlantaFX theme. */
  public static String stylesheet() {
    return Objects.requireNonNull(AutoposterApp.class.getResource(STYLESHEET)).toExternalForm();
  }

  /** The scene, for screenshot tests. */
  Scene scene() {
    return scene;
  }

  DesktopContext context() {
    return context;
  }

  private SignInViewModel showSignIn() {
    SignInViewModel model =
        new SignInViewModel(
            context.serverUrl(),
            context::signIn,
            context::requestPasswordReset,
            tasks,
            this::signedIn);
    show(new SignInView(model).root());
    StartupProbe.markAfterLayout(scene, "sign-in-shown");
    return model;
  }

  private void signedIn(SavedSession session) {
    showWorkspace();
  }

  /** The shell, or first the two-factor enrolment when the agency requires it. */
  private void showWorkspace() {
    if (context.session().twoFactorEnrollmentRequired()) {
      show(RequiredEnrollment.screen(screens(null), this::showWorkspace, this::signOut));
      return;
    }
    if (workspace != null) {
      workspace.dispose();
    }
    workspace = workspaceModel(context, tasks);
    // Reading the brands and posts starts now, on a background thread, while the view is built.
    workspace.refresh();
    StartupProbe.mark("workspace-model");
    WorkspaceView posts = new WorkspaceView(workspace);
    ShellViewModel navigation = new ShellViewModel(context.session().role());
    AppShell[] holder = new AppShell[1];
    if (postScreens != null) {
      postScreens.dispose();
    }
    postScreens =
        new PostScreens(
            context,
            tasks,
            id -> {
              navigation.open(Section.POSTS);
              posts.requestOpen(id);
            },
            node -> holder[0].showInCenter(node),
            () -> holder[0].reopen(Section.QUEUE),
            () -> workspace.selectedBrandProperty().get());
    Screens screens =
        new Screens(
            context,
            tasks,
            posts.body(),
            this::signOut,
            node -> holder[0].showInCenter(node),
            () -> holder[0].reopen(Section.ACCOUNT),
            themes,
            postScreens);
    PublishResults results = workspace.compose().results();
    results.onOpenLink(url -> SystemBrowser.open(java.net.URI.create(url)));
    results.onReconnect(
        (brand, network) -> {
          screens.reconnectWhenAccountsOpens(brand, network);
          navigation.open(Section.ACCOUNTS);
        });
    holder[0] =
        new AppShell(
            navigation,
            posts.header(),
            posts.overlay(),
            screens::build,
            context.session().email() + "\n" + Roles.label(context.session().role()));
    shell = holder[0];
    shellModel = navigation;
    ShortcutKeys.install(
        scene,
        java.util.Map.of(
            io.autoposter.desktop.ui.Shortcut.NEW_POST,
            () -> {
              navigation.open(Section.POSTS);
              posts.requestNewPost();
            },
            io.autoposter.desktop.ui.Shortcut.SCHEDULE,
            () -> {
              if (navigation.selectedProperty().get() == Section.POSTS) {
                posts.requestSchedule();
              }
            },
            io.autoposter.desktop.ui.Shortcut.SWITCH_BRAND,
            posts::openBrandSwitcher,
            io.autoposter.desktop.ui.Shortcut.SEARCH,
            () -> {
              navigation.open(Section.SEARCH);
              postScreens.focusSearch(io.autoposter.desktop.queue.PostTableViewModel.Mode.SEARCH);
            },
            io.autoposter.desktop.ui.Shortcut.QUEUE,
            () -> navigation.open(Section.QUEUE),
            io.autoposter.desktop.ui.Shortcut.CALENDAR,
            () -> navigation.open(Section.CALENDAR)),
        workspace::selectBrand);
    StartupProbe.mark("workspace-built");
    show(shell.root());
    StartupProbe.markAfterLayout(scene, "workspace-shown");
    if (StartupProbe.on()) {
      // The brand's posts arrive from a background read: mark the frame that first lists them.
      javafx.collections.ListChangeListener<Object> listed =
          new javafx.collections.ListChangeListener<>() {
            @Override
            public void onChanged(Change<?> change) {
              workspace.posts().removeListener(this);
              StartupProbe.markAfterLayout(scene, "posts-listed");
            }
          };
      workspace.posts().addListener(listed);
      context
          .syncEngine()
          .addRoundListener(
              round -> {
                StartupProbe.mark("synced");
                StartupProbe.exitIfAsked();
              });
    }
    startBackgroundWork(context.store(), context.syncEngine());
    refreshRole();
  }

  /**
   * Starts the store's writer (Hibernate) and the sync loop once the workspace is on screen with
   * its posts, so that they do not share the two cores with the first screen (ADR 0014); at the
   * latest a few seconds after it was asked.
   */
  private void startBackgroundWork(LocalStore store, SyncEngine sync) {
    boolean[] started = new boolean[1];
    Runnable start =
        () -> {
          if (!started[0]) {
            started[0] = true;
            store.finishOpening();
            sync.start();
          }
        };
    WorkspaceViewModel model = workspace;
    if (!model.loadingProperty().get()) {
      AfterLayout.run(scene, start);
    } else {
      model
          .loadingProperty()
          .addListener(
              new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(
                    javafx.beans.value.ObservableValue<? extends Boolean> value,
                    Boolean was,
                    Boolean now) {
                  if (!now) {
                    value.removeListener(this);
                    AfterLayout.run(scene, start);
                  }
                }
              });
    }
    javafx.animation.PauseTransition latest =
        new javafx.animation.PauseTransition(javafx.util.Duration.seconds(3));
    latest.setOnFinished(done -> start.run());
    latest.play();
  }

  private Screens screens(javafx.scene.Node posts) {
    return new Screens(
        context, tasks, posts, this::signOut, this::show, this::showWorkspace, themes, null);
  }

  /** The workspace's state, for tests. */
  WorkspaceViewModel workspace() {
    return workspace;
  }

  /** The post screens, for tests. */
  PostScreens postScreens() {
    return postScreens;
  }

  /** The current shell, for tests. */
  AppShell shell() {
    return shell;
  }

  /** Picks up a role changed on the server since the session was saved. */
  private void refreshRole() {
    SavedSession before = context.session();
    tasks.run(
        () -> context.account().me(),
        me -> {
          if (context.isSignedIn() && me.role() != before.role()) {
            context.updateSession(me.role(), before.twoFactorEnrollmentRequired());
            showWorkspace();
          }
        },
        failure -> {});
  }

  /** Signs out (the server call may fail offline) and returns to the sign-in screen. */
  void signOut() {
    if (postScreens != null) {
      postScreens.dispose();
      postScreens = null;
    }
    if (workspace != null) {
      workspace.dispose();
      workspace = null;
    }
    tasks.run(context::signOut, confirmed -> showSignIn(), failure -> showSignIn());
  }

  /** Opens a sidebar section, for tests. */
  void open(Section section) {
    if (shellModel != null) {
      shellModel.open(section);
    }
  }

  static WorkspaceViewModel workspaceModel(DesktopContext context, TaskExecutor tasks) {
    return new WorkspaceViewModel(
        context.session().agencyName(),
        context.store(),
        context.syncEngine(),
        context.session().userId(),
        tasks,
        Clock.systemDefaultZone(),
        ZoneId.systemDefault(),
        context.accountHealth());
  }

  private void show(javafx.scene.Node root) {
    scene.setRoot((Parent) root);
  }

  @Override
  public void stop() {
    if (workspace != null) {
      workspace.dispose();
    }
    if (context != null) {
      context.close();
    }
    if (tasks != null) {
      tasks.close();
    }
  }
}
