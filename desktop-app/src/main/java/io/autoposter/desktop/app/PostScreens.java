package io.autoposter.desktop.app;

import atlantafx.base.theme.Styles;
import io.autoposter.desktop.calendar.CalendarView;
import io.autoposter.desktop.calendar.CalendarViewModel;
import io.autoposter.desktop.csvimport.CsvImportView;
import io.autoposter.desktop.csvimport.CsvImportViewModel;
import io.autoposter.desktop.queue.PostTableView;
import io.autoposter.desktop.queue.PostTableViewModel;
import io.autoposter.desktop.ui.TaskExecutor;
import io.autoposter.model.Brand;
import io.autoposter.model.PostId;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.layout.BorderPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The post screens beside the composer (Queue, Drafts, History) and the CSV import. Each table
 * screen is built once and kept; after a sync changed data the one on screen reloads at once and
 * the others when next shown.
 */
final class PostScreens {

  private final DesktopContext context;
  private final TaskExecutor tasks;
  private final Consumer<PostId> openPost;
  private final Consumer<Node> showSubScreen;
  private final Runnable backToQueue;
  private final Map<PostTableViewModel.Mode, Table> tables =
      new EnumMap<>(PostTableViewModel.Mode.class);
  private final Runnable dataListener;
  private CsvImportViewModel lastImport;
  private final Supplier<Brand> headerBrand;
  private CalendarViewModel calendarModel;
  private Parent calendarNode;

  private record Table(
      PostTableViewModel model, PostTableView view, Parent node, boolean[] stale) {}

  PostScreens(
      DesktopContext context,
      TaskExecutor tasks,
      Consumer<PostId> openPost,
      Consumer<Node> showSubScreen,
      Runnable backToQueue,
      Supplier<Brand> headerBrand) {
    this.headerBrand = headerBrand;
    this.context = context;
    this.tasks = tasks;
    this.openPost = openPost;
    this.showSubScreen = showSubScreen;
    this.backToQueue = backToQueue;
    this.dataListener = () -> tasks.onUi(this::dataChanged);
    context.syncEngine().addDataListener(dataListener);
  }

  /** The month calendar, built once; it reads the month again each time it is shown. */
  Node calendar() {
    if (calendarModel == null) {
      calendarModel =
          new CalendarViewModel(
              context.store(),
              tasks,
              Clock.systemDefaultZone(),
              openPost,
              () -> context.syncEngine().localChange());
      calendarNode = new CalendarView(calendarModel).node();
    }
    // The calendar opens on the brand chosen in the header, as every other screen does.
    Brand chosen = headerBrand.get();
    calendarModel.reload(chosen == null ? null : chosen.id());
    return calendarNode;
  }

  /** The Queue, Drafts or History screen. */
  Node table(PostTableViewModel.Mode mode) {
    Table table = tables.get(mode);
    if (table == null) {
      PostTableViewModel model =
          new PostTableViewModel(context.store(), tasks, Clock.systemDefaultZone(), mode, openPost);
      PostTableView view = new PostTableView(model);
      if (mode == PostTableViewModel.Mode.QUEUE) {
        Button importCsv = new Button("Import CSV…", new FontIcon(Feather.UPLOAD));
        importCsv.setId("importCsv");
        importCsv.getStyleClass().add(Styles.SMALL);
        importCsv.setOnAction(e -> showSubScreen.accept(importScreen()));
        view.addHeaderAction(importCsv);
      }
      table = new Table(model, view, view.node(), new boolean[] {false});
      tables.put(mode, table);
      model.reload();
    } else if (table.stale()[0]) {
      table.stale()[0] = false;
      table.model().reload();
    }
    return table.node();
  }

  /** Puts the cursor in the search field of {@code mode}'s screen (built by {@link #table}). */
  void focusSearch(PostTableViewModel.Mode mode) {
    Table table = tables.get(mode);
    if (table != null) {
      table.view().focusSearch();
    }
  }

  /** The CSV import, with a way back to the queue. */
  Node importScreen() {
    CsvImportViewModel model =
        new CsvImportViewModel(context.store(), tasks, Clock.systemDefaultZone());
    lastImport = model;
    Button back = new Button("Back to the queue", new FontIcon(Feather.ARROW_LEFT));
    back.setId("backToQueue");
    back.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
    back.setOnAction(
        e -> {
          // Imported posts are new data for the queue.
          tables.values().forEach(t -> t.stale()[0] = true);
          context.syncEngine().localChange();
          backToQueue.run();
        });
    BorderPane page = new BorderPane(new CsvImportView(model).node());
    page.setTop(back);
    BorderPane.setMargin(back, new Insets(12, 0, 0, 16));
    return page;
  }

  /** The import screen's state last built, for tests (the file chooser is the system's). */
  CsvImportViewModel lastImport() {
    return lastImport;
  }

  private void dataChanged() {
    if (calendarNode != null && calendarNode.getScene() != null) {
      calendarModel.reload();
    }
    for (Table table : tables.values()) {
      if (table.node().getScene() != null) {
        table.model().reload();
      } else {
        table.stale()[0] = true;
      }
    }
  }

  /** Stops listening to sync (on sign-out or a new workspace). */
  void dispose() {
    context.syncEngine().removeDataListener(dataListener);
  }
}
