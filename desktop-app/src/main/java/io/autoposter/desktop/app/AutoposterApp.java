package io.autoposter.desktop.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.autoposter.desktop.signin.SignInView;
import io.autoposter.desktop.signin.SignInViewModel;
import io.autoposter.desktop.storage.SavedSession;
import io.autoposter.desktop.ui.FxTaskExecutor;
import io.autoposter.desktop.ui.TaskExecutor;
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
    applyTheme(settings.dark());
    context = DesktopContext.open(settings.dataDir(), settings.serverUrl());
    tasks = new FxTaskExecutor();
    scene = new Scene(new javafx.scene.layout.StackPane(), WIDTH, HEIGHT);
    scene.getStylesheets().add(stylesheet());
    stage.setTitle("Autoposter");
    stage.setScene(scene);
    stage.setMinWidth(960);
    stage.setMinHeight(640);
    stage.show();

    if (settings.autoSignIn() && context.resume(settings.signInEmail())) {
      showWorkspace();
    } else if (settings.autoSignIn()) {
      SignInViewModel signIn = showSignIn();
      signIn.emailProperty().set(settings.signInEmail());
      signIn.passwordProperty().set(settings.signInPassword());
      signIn.signIn();
    } else if (context.resumeLast()) {
      showWorkspace();
    } else {
      showSignIn();
    }
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
        new SignInViewModel(context.serverUrl(), context::signIn, tasks, this::signedIn);
    show(new SignInView(model).root());
    return model;
  }

  private void signedIn(SavedSession session) {
    showWorkspace();
  }

  private void showWorkspace() {
    if (workspace != null) {
      workspace.dispose();
    }
    workspace = workspaceModel(context, tasks);
    show(new WorkspaceView(workspace).root());
    workspace.refresh();
    context.syncEngine().start();
  }

  static WorkspaceViewModel workspaceModel(DesktopContext context, TaskExecutor tasks) {
    return new WorkspaceViewModel(
        context.session().agencyName(),
        context.posts(),
        context.syncEngine(),
        tasks,
        Clock.systemDefaultZone(),
        ZoneId.systemDefault());
  }

  private void show(Parent root) {
    scene.setRoot(root);
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
