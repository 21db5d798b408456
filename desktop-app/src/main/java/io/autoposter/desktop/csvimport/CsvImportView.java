package io.autoposter.desktop.csvimport;

import atlantafx.base.theme.Styles;
import io.autoposter.desktop.csvimport.CsvImportViewModel.Stage;
import io.autoposter.desktop.ui.Confirm;
import java.io.File;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The CSV import screen: choose a file (or drop one), see every row checked (OK, or the reasons it
 * fails), then import the valid rows — after a question when some rows will be skipped.
 */
public final class CsvImportView {

  static final String STYLESHEET = "/io/autoposter/desktop/csvimport/csvimport.css";

  private final CsvImportViewModel model;
  private final VBox root;

  public CsvImportView(CsvImportViewModel model) {
    this.model = Objects.requireNonNull(model, "model");
    Label title = new Label("Import posts from a CSV file");
    title.getStyleClass().add(Styles.TITLE_3);
    Label hint =
        new Label(
            "One post per row. Every row is checked before anything is imported, and you choose"
                + " what happens to rows with errors.");
    hint.getStyleClass().add(Styles.TEXT_MUTED);
    hint.setWrapText(true);

    Node preview = preview();
    VBox.setVgrow(preview, Priority.ALWAYS);
    root =
        new VBox(
            16,
            new VBox(4, title, hint),
            shownIn(choose(), Stage.CHOOSE),
            shownIn(checking(), Stage.CHECKING),
            shownIn(problem(), Stage.FILE_PROBLEM),
            shownIn(done(), Stage.DONE),
            preview);
    root.setPadding(new Insets(24));
    root.getStyleClass().add("csv-import-screen");
    root.getStylesheets()
        .add(Objects.requireNonNull(CsvImportView.class.getResource(STYLESHEET)).toExternalForm());
    CsvDrop.install(root, model);
  }

  /** The screen, for the app shell. */
  public Parent node() {
    return root;
  }

  // ---- stages ----

  private Node choose() {
    FontIcon icon = new FontIcon(Feather.FILE_TEXT);
    icon.getStyleClass().add("empty-icon");
    Label heading = new Label("Choose a CSV file to check, or drop it here");
    heading.getStyleClass().add(Styles.TITLE_4);
    Label columns =
        new Label(
            "The first line names the columns: brand, networks, caption, due, and optionally"
                + " first_comment, tags and media. Write due times like 2027-03-14 18:30 in the"
                + " brand's time zone, or leave them empty for drafts. Separate networks, tags and"
                + " media files with ;  — media paths are relative to the CSV file.");
    columns.getStyleClass().add("empty-text");
    columns.setWrapText(true);
    columns.setMaxWidth(620);
    Button pick = chooseButton("Choose CSV file…");
    pick.getStyleClass().add(Styles.ACCENT);
    VBox box = new VBox(12, icon, heading, columns, pick);
    box.setAlignment(Pos.CENTER);
    box.getStyleClass().add("import-card");
    box.setPadding(new Insets(40));
    return box;
  }

  private Node checking() {
    ProgressIndicator spinner = new ProgressIndicator();
    spinner.setPrefSize(22, 22);
    Label text = new Label();
    text.textProperty()
        .bind(Bindings.concat("Checking every row of ", model.fileNameProperty(), "…"));
    HBox box = new HBox(10, spinner, text);
    box.setAlignment(Pos.CENTER_LEFT);
    return box;
  }

  private Node problem() {
    Label message = new Label();
    message.setId("fileProblem");
    message.getStyleClass().add("form-error");
    message.setGraphic(new FontIcon(Feather.ALERT_CIRCLE));
    message.setWrapText(true);
    message
        .textProperty()
        .bind(Bindings.concat(model.fileNameProperty(), ": ", model.fileProblemProperty()));
    VBox box = new VBox(12, message, chooseButton("Choose another file…"));
    return box;
  }

  private Node done() {
    Label message = new Label();
    message.setId("importDone");
    message.setWrapText(true);
    message.textProperty().bind(model.doneTextProperty());
    model
        .doneCompletelyProperty()
        .subscribe(
            complete -> {
              message.getStyleClass().removeAll("import-success", "form-error");
              message.getStyleClass().add(complete ? "import-success" : "form-error");
              message.setGraphic(
                  new FontIcon(complete ? Feather.CHECK_CIRCLE : Feather.ALERT_TRIANGLE));
            });
    Button again = new Button("Import another file", new FontIcon(Feather.UPLOAD));
    again.setOnAction(e -> model.reset());
    return new VBox(12, message, again);
  }

  private Node preview() {
    Label file = new Label();
    file.getStyleClass().add("file-name");
    file.setGraphic(new FontIcon(Feather.FILE_TEXT));
    file.textProperty().bind(model.fileNameProperty());
    Label summary = new Label();
    summary.setId("importSummary");
    summary.getStyleClass().add(Styles.TEXT_MUTED);
    summary.textProperty().bind(model.summaryProperty());
    CheckBox onlyErrors = new CheckBox("Show only rows with errors");
    onlyErrors.setId("onlyErrors");
    onlyErrors.visibleProperty().bind(model.invalidCountProperty().greaterThan(0));
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox head = new HBox(12, file, summary, grow, onlyErrors);
    head.setAlignment(Pos.CENTER_LEFT);

    FilteredList<ImportRow> shown = new FilteredList<>(model.rows());
    onlyErrors
        .selectedProperty()
        .subscribe(only -> shown.setPredicate(only ? row -> !row.ok() : null));
    TableView<ImportRow> table = new TableView<>(shown);
    table.setId("importTable");
    table.getStyleClass().add("import-table");
    table.setFixedCellSize(40);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getColumns().addAll(ImportColumns.all());
    VBox.setVgrow(table, Priority.ALWAYS);

    ProgressBar progress = new ProgressBar();
    progress.progressProperty().bind(model.progressProperty());
    progress.setPrefWidth(220);
    Label importing = new Label("Importing…");
    HBox progressBox = new HBox(10, importing, progress);
    progressBox.setAlignment(Pos.CENTER_LEFT);
    progressBox.visibleProperty().bind(model.stageProperty().isEqualTo(Stage.IMPORTING));
    progressBox.managedProperty().bind(progressBox.visibleProperty());

    Button other = chooseButton("Choose another file…");
    other.disableProperty().bind(model.stageProperty().isEqualTo(Stage.IMPORTING));
    Button importButton = new Button();
    importButton.setId("importButton");
    importButton.getStyleClass().add(Styles.ACCENT);
    importButton.setGraphic(new FontIcon(Feather.DOWNLOAD));
    importButton.textProperty().bind(model.importTextProperty());
    importButton.disableProperty().bind(model.canImportProperty().not());
    importButton.setOnAction(e -> importRows());
    importButton.visibleProperty().bind(model.stageProperty().isNotEqualTo(Stage.DONE));
    Region space = new Region();
    HBox.setHgrow(space, Priority.ALWAYS);
    HBox actions = new HBox(10, other, progressBox, space, importButton);
    actions.setAlignment(Pos.CENTER_LEFT);
    actions.visibleProperty().bind(model.stageProperty().isNotEqualTo(Stage.DONE));
    actions.managedProperty().bind(actions.visibleProperty());

    Label errors = new Label();
    errors.setId("importErrors");
    errors.getStyleClass().add("form-error");
    errors.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
    errors.setWrapText(true);
    // Every failing line stays readable when the table takes the room (after the import too).
    errors.setMinHeight(Region.USE_PREF_SIZE);
    model
        .invalidCountProperty()
        .subscribe(
            count -> {
              int n = count.intValue();
              List<String> first = model.errorSummary(3);
              errors.setText(
                  (n == 1 ? "1 row has errors" : n + " rows have errors")
                      + " and will not be imported unless you fix the file:\n"
                      + String.join("\n", first)
                      + (n > first.size()
                          ? "\n… and "
                              + (n - first.size())
                              + " more: tick \"Show only rows with errors\"."
                          : ""));
              errors.setVisible(n > 0);
              errors.setManaged(n > 0);
            });

    VBox box = new VBox(12, head, errors, table, actions);
    BooleanBinding visible =
        model
            .stageProperty()
            .isEqualTo(Stage.PREVIEW)
            .or(model.stageProperty().isEqualTo(Stage.IMPORTING))
            .or(model.stageProperty().isEqualTo(Stage.DONE));
    box.visibleProperty().bind(visible);
    box.managedProperty().bind(visible);
    return box;
  }

  // ---- actions ----

  private void importRows() {
    if (!model.needsConfirmation()) {
      model.importValidRows(false);
      return;
    }
    int valid = model.validCountProperty().get();
    int total = valid + model.invalidCountProperty().get();
    String rows = valid == 1 ? "the 1 valid row" : "the " + valid + " valid rows";
    if (Confirm.ask(
        root,
        "Import " + valid + " of " + total + " rows?",
        model.confirmationText(),
        "Import " + rows)) {
      model.importValidRows(true);
    }
  }

  private Button chooseButton(String text) {
    Button button = new Button(text, new FontIcon(Feather.FOLDER));
    button.setOnAction(
        e -> {
          FileChooser chooser = new FileChooser();
          chooser.setTitle("Choose a CSV file of posts");
          chooser
              .getExtensionFilters()
              .addAll(
                  new FileChooser.ExtensionFilter("CSV files", "*.csv", "*.CSV"),
                  new FileChooser.ExtensionFilter("All files", "*.*"));
          File chosen = chooser.showOpenDialog(root.getScene().getWindow());
          if (chosen != null) {
            model.load(chosen.toPath());
          }
        });
    return button;
  }

  private Node shownIn(Node node, Stage stage) {
    BooleanBinding visible = model.stageProperty().isEqualTo(stage);
    node.visibleProperty().bind(visible);
    node.managedProperty().bind(visible);
    return node;
  }
}
