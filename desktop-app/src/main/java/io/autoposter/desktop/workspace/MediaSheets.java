package io.autoposter.desktop.workspace;

import atlantafx.base.theme.Styles;
import io.autoposter.desktop.ui.Sheet;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The composer's media sheets (alt text, crop, media library) on an in-window {@link Sheet}, the
 * per-picture buttons that open them, and the composer's undo and redo keys.
 */
final class MediaSheets {

  static final String STYLESHEET =
      Objects.requireNonNull(MediaSheets.class.getResource("media.css")).toExternalForm();
  static final KeyCombination UNDO =
      new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
  static final KeyCombination REDO =
      new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
  static final KeyCombination REDO_Y =
      new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

  private final ComposeViewModel model;
  private final Sheet sheet;
  private final Supplier<String> brandName;

  MediaSheets(ComposeViewModel model, Sheet sheet, Supplier<String> brandName) {
    this.model = model;
    this.sheet = sheet;
    this.brandName = brandName;
    sheet.layer().getStylesheets().add(STYLESHEET);
  }

  /**
   * Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) anywhere in the composer undo and redo the whole form. The
   * text controls' own undo is kept out of it (the keys are taken before the control sees them), so
   * there is one history: typing bursts in it are steps just as a text control would make them.
   */
  void installUndoKeys(Node composer) {
    composer.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (sheet.layer().isVisible()) {
            return;
          }
          if (REDO.match(e) || REDO_Y.match(e)) {
            e.consume();
            model.redo();
          } else if (UNDO.match(e)) {
            e.consume();
            model.undo();
          }
        });
  }

  /**
   * The third line of a picture's row: its alt text (or that it has none) with "Alt text" and
   * "Crop…" beside it.
   */
  HBox altTextLine(MediaItem item) {
    String text = model.mediaEditing().altText(item.ref());
    Label line = new Label(MediaEditing.describe(text));
    line.getStyleClass().addAll(Styles.TEXT_SMALL, text.isBlank() ? "alt-missing" : "alt-text");
    line.setMinWidth(0);
    line.setTextOverrun(OverrunStyle.ELLIPSIS);
    if (!text.isBlank()) {
      line.setTooltip(new Tooltip(text));
    }
    Button alt = new Button(text.isBlank() ? "Add alt text" : "Edit", new FontIcon(Feather.TYPE));
    alt.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, "media-link", "alt-button");
    alt.setMinWidth(Region.USE_PREF_SIZE);
    alt.setTooltip(new Tooltip("Describe the picture for people who cannot see it"));
    alt.setOnAction(e -> editAltText(item));
    Button crop = new Button("Crop…", new FontIcon(Feather.CROP));
    crop.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, "media-link", "crop-button");
    crop.setMinWidth(Region.USE_PREF_SIZE);
    boolean possible = item.localFile() != null && item.ref().width() != null;
    crop.setTooltip(
        new Tooltip(
            possible
                ? "Cut the picture to a shape the chosen networks show best"
                : "This picture is not on this computer, so it cannot be cropped here"));
    crop.setDisable(!possible);
    crop.setOnAction(e -> crop(item));
    HBox buttons = new HBox(0, alt, crop);
    buttons.visibleProperty().bind(model.readOnlyProperty().not());
    buttons.managedProperty().bind(buttons.visibleProperty());
    HBox.setHgrow(line, Priority.ALWAYS);
    line.setMaxWidth(Double.MAX_VALUE);
    HBox row = new HBox(6, line, buttons);
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }

  void editAltText(MediaItem item) {
    sheet.show(AltTextSheet.of(model.altTextEditor(item), item.localFile(), sheet::close), 520);
  }

  void crop(MediaItem item) {
    model
        .cropEditor(item)
        .ifPresent(
            crop -> {
              crop.busyProperty()
                  .addListener(
                      (obs, was, now) -> {
                        if (was && !now && crop.errorProperty().get().isEmpty()) {
                          sheet.close();
                        }
                      });
              sheet.show(CropSheet.of(crop, sheet::close), 640);
            });
  }

  void openLibrary() {
    model
        .mediaLibrary()
        .ifPresent(
            library -> {
              sheet.show(MediaLibrarySheet.of(library, brandName.get(), sheet::close), 640);
              library.load();
            });
  }
}
