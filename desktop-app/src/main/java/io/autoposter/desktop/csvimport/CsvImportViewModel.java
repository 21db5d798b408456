package io.autoposter.desktop.csvimport;

import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.desktop.ui.TaskExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and commands of CSV import: {@link #load(Path)} reads and checks every row of a file in the
 * background and shows each row as OK or with its reasons; {@link #importValidRows(boolean)} then
 * imports the valid rows in one go.
 *
 * <p>Nothing is imported before the whole file was checked, and a file with failing rows is
 * imported only when the caller says the user agreed to skip them — never half a file silently. The
 * file format is documented in {@code docs/csv-import.md}: a header line naming the columns {@code
 * brand, networks, caption, first_comment, due, tags, media} (any order and letter case; {@code
 * first_comment}, {@code tags} and {@code media} optional), UTF-8, at most 5,000 rows; due times
 * like {@code 2027-03-14 18:30} in the brand's time zone, empty for a draft; networks, tags and
 * media separated by {@code ;}; media paths relative to the CSV file.
 */
public final class CsvImportViewModel {

  /** Where the import is. */
  public enum Stage {
    /** No file chosen yet. */
    CHOOSE,
    /** Reading and checking the file. */
    CHECKING,
    /** The file cannot be read as posts; see {@link #fileProblemProperty()}. */
    FILE_PROBLEM,
    /** Every row checked; the user decides. */
    PREVIEW,
    IMPORTING,
    /** Finished (completely or not); see {@link #doneTextProperty()}. */
    DONE
  }

  // ---- Properties ----
  private final ObservableList<ImportRow> rows = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<Stage> stage = new ReadOnlyObjectWrapper<>(Stage.CHOOSE);
  private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper fileProblem = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper importText = new ReadOnlyStringWrapper("Import");
  private final ReadOnlyBooleanWrapper canImport = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyIntegerWrapper validCount = new ReadOnlyIntegerWrapper(0);
  private final ReadOnlyIntegerWrapper invalidCount = new ReadOnlyIntegerWrapper(0);
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
  private final ReadOnlyStringWrapper doneText = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper doneCompletely = new ReadOnlyBooleanWrapper(false);

  private final LocalStore store;
  private final TaskExecutor tasks;
  private final Clock clock;

  public CsvImportViewModel(LocalStore store, TaskExecutor tasks, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.tasks = Objects.requireNonNull(tasks, "tasks");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Every row of the file, checked, in file order. */
  ObservableList<ImportRow> rows() {
    return rows;
  }

  public ReadOnlyObjectProperty<Stage> stageProperty() {
    return stage.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty fileNameProperty() {
    return fileName.getReadOnlyProperty();
  }

  /** Why the file cannot be imported at all, and what to do. */
  public ReadOnlyStringProperty fileProblemProperty() {
    return fileProblem.getReadOnlyProperty();
  }

  /** "20 rows: 18 ready to import, 2 with errors". */
  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  /** "Import 20 posts", or "Import the 18 valid rows (skip 2)…" when some rows fail. */
  public ReadOnlyStringProperty importTextProperty() {
    return importText.getReadOnlyProperty();
  }

  /** True in the preview when at least one row is valid. */
  public ReadOnlyBooleanProperty canImportProperty() {
    return canImport.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty validCountProperty() {
    return validCount.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty invalidCountProperty() {
    return invalidCount.getReadOnlyProperty();
  }

  /** 0 to 1 while importing. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** What the import did, in words. */
  public ReadOnlyStringProperty doneTextProperty() {
    return doneText.getReadOnlyProperty();
  }

  /** True when every valid row was imported. */
  public ReadOnlyBooleanProperty doneCompletelyProperty() {
    return doneCompletely.getReadOnlyProperty();
  }

  /** Whether importing means skipping failing rows, which the user must agree to first. */
  public boolean needsConfirmation() {
    return invalidCount.get() > 0;
  }

  /** The question to ask before skipping failing rows. */
  public String confirmationText() {
    List<Integer> bad = rows.stream().filter(r -> !r.ok()).map(ImportRow::line).toList();
    int n = bad.size();
    return ("%s with errors will not be imported (line%s %s). Fix %s in the file and import %s"
            + " later, or import only the %s now.")
        .formatted(
            n == 1 ? "1 row" : n + " rows",
            n == 1 ? "" : "s",
            Lines.describe(bad),
            n == 1 ? "it" : "them",
            n == 1 ? "it" : "them",
            validRowsText(validCount.get()));
  }

  /** The first {@code max} failing rows as "Line 12: reason", for a summary above the table. */
  public List<String> errorSummary(int max) {
    return rows.stream()
        .filter(r -> !r.ok())
        .limit(max)
        .map(r -> "Line " + r.line() + ": " + r.reason())
        .toList();
  }

  // ---- Commands ----

  /** Reads and checks every row of {@code file} in the background. */
  public void load(Path file) {
    Objects.requireNonNull(file, "file");
    rows.clear();
    fileName.set(file.getFileName() == null ? file.toString() : file.getFileName().toString());
    fileProblem.set("");
    doneText.set("");
    setCounts(0, 0);
    stage.set(Stage.CHECKING);
    Path folder = file.toAbsolutePath().getParent();
    tasks.run(
        () -> {
          List<CsvRow> read = CsvPostFile.read(file);
          RowCheck check = new RowCheck(store.brands(), clock, folder);
          return read.stream().map(check::check).toList();
        },
        checked -> {
          rows.setAll(checked);
          int valid = (int) checked.stream().filter(ImportRow::ok).count();
          setCounts(valid, checked.size() - valid);
          stage.set(Stage.PREVIEW);
        },
        failure -> {
          fileProblem.set(problemText(failure));
          stage.set(Stage.FILE_PROBLEM);
        });
  }

  /**
   * Imports every valid row. When some rows fail, {@code skippingConfirmed} must say that the user
   * agreed to import only the valid ones; otherwise nothing happens.
   *
   * @return false when nothing was started (no valid rows, not in the preview, or not confirmed)
   */
  public boolean importValidRows(boolean skippingConfirmed) {
    if (!canImport.get() || (needsConfirmation() && !skippingConfirmed)) {
      return false;
    }
    List<ImportRow> checked = List.copyOf(rows);
    int total = validCount.get();
    stage.set(Stage.IMPORTING);
    canImport.set(false);
    progress.set(0);
    tasks.run(
        () ->
            new PostImport(store)
                .run(checked, done -> tasks.onUi(() -> progress.set(done / (double) total))),
        outcome -> {
          List<Integer> skipped =
              checked.stream().filter(r -> !r.ok()).map(ImportRow::line).toList();
          doneText.set(
              outcome.message()
                  + (skipped.isEmpty()
                      ? ""
                      : " Skipped %s with errors (line%s %s)."
                          .formatted(
                              rowsText(skipped.size()),
                              skipped.size() == 1 ? "" : "s",
                              Lines.describe(skipped))));
          doneCompletely.set(outcome.complete());
          progress.set(1);
          stage.set(Stage.DONE);
        },
        failure -> {
          doneText.set("The import stopped: " + failure.getMessage());
          doneCompletely.set(false);
          stage.set(Stage.DONE);
        });
    return true;
  }

  /** Back to choosing a file. */
  public void reset() {
    rows.clear();
    fileName.set("");
    fileProblem.set("");
    doneText.set("");
    setCounts(0, 0);
    stage.set(Stage.CHOOSE);
  }

  // ---- internals ----

  private void setCounts(int valid, int invalid) {
    validCount.set(valid);
    invalidCount.set(invalid);
    int total = valid + invalid;
    canImport.set(valid > 0);
    if (total == 0) {
      summary.set("");
      importText.set("Import");
    } else if (invalid == 0) {
      summary.set(rowsText(total) + ", all ready to import");
      importText.set("Import " + postsText(valid));
    } else {
      summary.set(
          "%s: %d ready to import, %d with errors".formatted(rowsText(total), valid, invalid));
      importText.set(
          valid == 0
              ? "Nothing to import"
              : "Import the %s (skip %d)…".formatted(validRowsText(valid), invalid));
    }
  }

  private static String problemText(Throwable failure) {
    if (failure instanceof CsvFileProblem problem) {
      return problem.getMessage();
    }
    if (failure instanceof IOException) {
      return "The file could not be read: " + failure.getMessage();
    }
    return "The file could not be checked: " + failure;
  }

  private static String rowsText(int n) {
    return n == 1 ? "1 row" : String.format("%,d rows", n);
  }

  private static String postsText(int n) {
    return n == 1 ? "1 post" : String.format("%,d posts", n);
  }

  private static String validRowsText(int n) {
    return n == 1 ? "1 valid row" : String.format("%,d valid rows", n);
  }
}
