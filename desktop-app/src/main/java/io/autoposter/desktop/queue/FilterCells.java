package io.autoposter.desktop.queue;

import io.autoposter.model.Brand;
import io.autoposter.model.Network;
import io.autoposter.model.PostStatus;
import javafx.scene.control.ListCell;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Combo box cells of the filter bar, where null means "all". */
final class FilterCells {

  private FilterCells() {}

  static final class BrandCell extends ListCell<Brand> {
    @Override
    protected void updateItem(Brand brand, boolean empty) {
      super.updateItem(brand, empty);
      if (empty) {
        setText(null);
        setGraphic(null);
      } else if (brand == null) {
        setText("All brands");
        setGraphic(new FontIcon(Feather.LAYERS));
      } else {
        setText(brand.name());
        Circle dot = new Circle(5, Color.web(brand.color()));
        setGraphic(dot);
      }
    }
  }

  static final class NetworkCell extends ListCell<Network> {
    @Override
    protected void updateItem(Network network, boolean empty) {
      super.updateItem(network, empty);
      if (empty) {
        setText(null);
        setGraphic(null);
      } else if (network == null) {
        setText("All networks");
        setGraphic(new FontIcon(Feather.GLOBE));
      } else {
        setText(network.displayName());
        setGraphic(new FontIcon(PostColumns.icon(network)));
      }
    }
  }

  static final class StatusCell extends ListCell<PostStatus> {
    @Override
    protected void updateItem(PostStatus status, boolean empty) {
      super.updateItem(status, empty);
      setGraphic(null);
      if (empty) {
        setText(null);
      } else {
        setText(status == null ? "All statuses" : QueueRow.statusText(status));
      }
    }
  }
}
