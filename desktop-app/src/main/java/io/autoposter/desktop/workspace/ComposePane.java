package io.autoposter.desktop.workspace;

import atlantafx.base.theme.Styles;
import io.autoposter.model.Network;
import io.autoposter.model.rules.Finding;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The compose form on the right of the main window. Binds to {@link ComposeViewModel}. */
final class ComposePane extends VBox {

  private final FlowPane counters = new FlowPane(6, 6);
  private final VBox findings = new VBox(4);

  ComposePane(ComposeViewModel model) {
    super(10);
    getStyleClass().add("compose-pane");
    setPadding(new Insets(20, 22, 20, 22));

    Label title = new Label("New post");
    title.getStyleClass().add(Styles.TITLE_3);

    TextArea caption = new TextArea();
    caption.setId("caption");
    caption.setPromptText("Write the caption…");
    caption.setWrapText(true);
    caption.setPrefRowCount(7);
    caption.textProperty().bindBidirectional(model.captionProperty());
    VBox.setVgrow(caption, Priority.SOMETIMES);

    model.counters().addListener((ListChangeListener<NetworkCounter>) c -> showCounters(model));
    showCounters(model);
    model.findings().addListener((ListChangeListener<Finding>) c -> showFindings(model));
    showFindings(model);

    FlowPane networkBoxes = new FlowPane(14, 8);
    for (Network network : Network.values()) {
      CheckBox box = new CheckBox(network.displayName());
      box.setId("network-" + network.name().toLowerCase(Locale.ROOT));
      box.selectedProperty().bindBidirectional(model.networkProperty(network));
      networkBoxes.getChildren().add(box);
    }

    DatePicker date = new DatePicker();
    date.setId("dueDate");
    date.valueProperty().bindBidirectional(model.dueDateProperty());
    date.setPrefWidth(150);
    TextField time = new TextField();
    time.setId("dueTime");
    time.setPromptText("09:00");
    time.setPrefColumnCount(5);
    time.setPrefWidth(80);
    time.textProperty().bindBidirectional(model.dueTimeProperty());
    Label zone = new Label();
    zone.getStyleClass().add("zone-chip");
    zone.setGraphic(new FontIcon(Feather.GLOBE));
    zone.textProperty().bind(model.zoneTextProperty());
    zone.setMinWidth(Region.USE_PREF_SIZE);
    HBox when = new HBox(8, date, time, zone);
    when.setAlignment(Pos.CENTER_LEFT);
    Label localTime = new Label();
    localTime.setId("localTime");
    localTime.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    localTime.textProperty().bind(model.localTimeTextProperty());

    Label blocked = new Label();
    blocked.setId("blockedReason");
    blocked.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    blocked.setWrapText(true);
    blocked.textProperty().bind(model.blockedReasonProperty());

    Button draft = new Button("Save draft");
    draft.setId("saveDraft");
    draft.disableProperty().bind(model.canSaveDraftProperty().not());
    draft.setOnAction(e -> model.saveDraft());
    Button schedule = new Button("Schedule", new FontIcon(Feather.CALENDAR));
    schedule.setId("schedule");
    schedule.getStyleClass().add(Styles.ACCENT);
    schedule.setDefaultButton(false);
    schedule.disableProperty().bind(model.canScheduleProperty().not());
    schedule.setOnAction(e -> model.schedule());
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox actions = new HBox(8, grow, draft, schedule);
    actions.setAlignment(Pos.CENTER_RIGHT);

    Label message = new Label();
    message.setId("composeMessage");
    message.getStyleClass().addAll(Styles.TEXT_SMALL, "compose-message");
    message.setWrapText(true);
    message.textProperty().bind(model.messageProperty());
    message.visibleProperty().bind(model.messageProperty().isNotEmpty());
    message.managedProperty().bind(message.visibleProperty());

    getChildren()
        .addAll(
            title,
            section("Caption"),
            caption,
            counters,
            findings,
            section("Networks"),
            networkBoxes,
            section("When (brand's time zone)"),
            when,
            localTime,
            new Region(),
            blocked,
            actions,
            message);
  }

  private void showCounters(ComposeViewModel model) {
    counters.getChildren().clear();
    for (NetworkCounter counter : model.counters()) {
      Label chip = new Label(counter.text());
      chip.getStyleClass().add("counter-chip");
      if (counter.exceeded()) {
        chip.getStyleClass().add("counter-over");
      } else if (counter.nearLimit()) {
        chip.getStyleClass().add("counter-near");
      }
      counters.getChildren().add(chip);
    }
  }

  private void showFindings(ComposeViewModel model) {
    findings.getChildren().clear();
    for (Finding finding : model.findings()) {
      boolean error = finding.blocksScheduling();
      Label line =
          new Label(
              finding.message(), new FontIcon(error ? Feather.X_CIRCLE : Feather.ALERT_TRIANGLE));
      line.getStyleClass().addAll(Styles.TEXT_SMALL, error ? "finding-error" : "finding-warning");
      line.setWrapText(true);
      findings.getChildren().add(line);
    }
    findings.setVisible(!model.findings().isEmpty());
    findings.setManaged(findings.isVisible());
  }

  private static Label section(String text) {
    Label label = new Label(text);
    label.getStyleClass().add("section-label");
    return label;
  }
}
