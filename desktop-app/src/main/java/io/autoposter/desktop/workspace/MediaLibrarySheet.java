package io.autoposter.desktop.workspace;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The brand's media library as a sheet: a grid of tiles, the most recently used first; a click
 * attaches the picture or video to the open post and closes the sheet.
 */
final class MediaLibrarySheet {

  static final double TILE = 132;

  private MediaLibrarySheet() {}

  static Node of(MediaLibraryViewModel model, String brandName, Runnable close) {
    Label title = new Label("Media library");
    title.getStyleClass().add(Styles.TITLE_3);
    Label brand = new Label(brandName);
    brand.getStyleClass().add(Styles.TEXT_MUTED);
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    Button done = new Button("Close");
    done.setId("libraryClose");
    done.setCancelButton(true);
    done.setOnAction(e -> close.run());
    HBox titleLine = new HBox(10, title, brand, grow, done);
    titleLine.setAlignment(Pos.BASELINE_LEFT);

    Label status = new Label();
    status.setId("libraryStatus");
    status.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    status.setWrapText(true);
    status.setMinHeight(Region.USE_PREF_SIZE);
    status.textProperty().bind(model.statusProperty());

    TilePane tiles = new TilePane(10, 10);
    tiles.setId("libraryTiles");
    tiles.setPrefColumns(4);
    tiles.setPrefTileWidth(TILE);
    Runnable show =
        () ->
            tiles
                .getChildren()
                .setAll(model.tiles().stream().map(t -> tile(t, model, close)).toList());
    model.tiles().addListener((ListChangeListener<MediaLibraryViewModel.Tile>) c -> show.run());
    show.run();
    ScrollPane scroll = new ScrollPane(tiles);
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    scroll.setPrefViewportHeight(330);
    scroll.getStyleClass().add("library-scroll");
    scroll.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.tiles()));
    scroll.managedProperty().bind(scroll.visibleProperty());

    VBox box = new VBox(12, titleLine, status, scroll);
    box.setId("librarySheet");
    return box;
  }

  private static Node tile(
      MediaLibraryViewModel.Tile tile, MediaLibraryViewModel model, Runnable close) {
    StackPane picture = new StackPane();
    picture.getStyleClass().add("library-thumb");
    picture.setMinSize(TILE, TILE * 0.75);
    picture.setMaxSize(TILE, TILE * 0.75);
    if (tile.onThisComputer() && !tile.media().ref().isVideo()) {
      Image image =
          new Image(tile.media().localFile().toUri().toString(), TILE * 2, TILE * 2, true, true);
      ImageView view = new ImageView(image);
      view.setFitWidth(TILE);
      view.setFitHeight(TILE * 0.75);
      view.setPreserveRatio(true);
      picture.getChildren().add(view);
    } else {
      FontIcon icon =
          new FontIcon(
              tile.media().ref().isVideo()
                  ? Feather.FILM
                  : tile.onThisComputer() ? Feather.IMAGE : Feather.CLOUD);
      icon.getStyleClass().add("media-thumb-icon");
      picture.getChildren().add(icon);
    }
    Rectangle clip = new Rectangle(TILE, TILE * 0.75);
    clip.setArcWidth(12);
    clip.setArcHeight(12);
    picture.setClip(clip);

    Label name = new Label(tile.title());
    name.getStyleClass().addAll(Styles.TEXT_SMALL, "library-title");
    name.setMaxWidth(TILE);
    name.setTextOverrun(OverrunStyle.ELLIPSIS);
    name.setTooltip(new Tooltip(tile.title()));
    Label detail = new Label(tile.detail());
    detail.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    detail.setMaxWidth(TILE);
    detail.setWrapText(true);
    detail.setMinHeight(Region.USE_PREF_SIZE);
    detail.setTextOverrun(OverrunStyle.ELLIPSIS);
    detail.setTooltip(new Tooltip(tile.detail()));
    VBox content = new VBox(4, picture, name, detail);
    Button button = new Button(null, content);
    button.getStyleClass().addAll(Styles.FLAT, "library-tile");
    button.setPadding(new Insets(4));
    button.setTooltip(new Tooltip("Attach to this post"));
    button.setOnAction(
        e -> {
          model.choose(tile);
          close.run();
        });
    return button;
  }
}
