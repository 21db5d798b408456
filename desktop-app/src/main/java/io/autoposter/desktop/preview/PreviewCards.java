package io.autoposter.desktop.preview;

import atlantafx.base.theme.Styles;
import io.autoposter.model.MediaRef;
import io.autoposter.model.Network;
import io.autoposter.model.rules.Finding;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Draws a {@link NetworkPreview} as a feed card of its network. */
final class PreviewCards {

  static final double WIDTH = 380;

  private final Function<String, Optional<Image>> images;

  /** {@code images} gives the picture of a media item's SHA-256, when this computer has it. */
  PreviewCards(Function<String, Optional<Image>> images) {
    this.images = images;
  }

  Node card(NetworkPreview preview, String brandColor) {
    VBox card = new VBox(10);
    card.getStyleClass().addAll("preview-card", "preview-" + key(preview.network()));
    card.setMaxWidth(WIDTH);
    card.setPrefWidth(WIDTH);
    card.getChildren().add(header(preview, brandColor));
    if (preview.network() == Network.INSTAGRAM) {
      // Instagram: picture first, then the caption with the handle in bold.
      card.getChildren().add(media(preview));
      card.getChildren().add(actions());
      card.getChildren().add(caption(preview, preview.handle().substring(1)));
    } else {
      card.getChildren().add(caption(preview, null));
      if (!preview.media().isEmpty()) {
        card.getChildren().add(media(preview));
      }
      preview.linkCard().ifPresent(link -> card.getChildren().add(linkCard(link)));
    }
    for (int i = 0; i < preview.replies().size(); i++) {
      card.getChildren().add(reply(preview, i, brandColor));
    }
    if (!preview.counter().isEmpty()) {
      Label counter = new Label(preview.counter());
      counter.setId("xCounter");
      counter.getStyleClass().addAll("counter-chip", "preview-counter");
      if (preview.overLimit()) {
        counter.getStyleClass().add("counter-over");
      }
      HBox line = new HBox(counter);
      line.setAlignment(Pos.CENTER_RIGHT);
      card.getChildren().add(line);
    }
    if (!preview.firstComment().isBlank()) {
      Label comment = new Label(preview.author() + "  " + preview.firstComment());
      comment.setId("previewFirstComment");
      comment.getStyleClass().addAll(Styles.TEXT_SMALL, "preview-comment");
      comment.setWrapText(true);
      card.getChildren().add(comment);
    }
    VBox box = new VBox(8, card, findings(preview));
    box.setId("preview-" + key(preview.network()));
    return box;
  }

  /** An X thread's next tweet: a reply under the one before, joined by the thread's line. */
  private static Node reply(NetworkPreview preview, int index, String brandColor) {
    String name = preview.author().isBlank() ? "?" : preview.author();
    Label initial = new Label(name.substring(0, 1).toUpperCase(Locale.ROOT));
    initial.getStyleClass().add("preview-avatar-initial");
    StackPane avatar = new StackPane(new Circle(12, Color.web(brandColor)), initial);
    Region line = new Region();
    line.getStyleClass().add("preview-thread-line");
    line.setMinWidth(2);
    line.setMaxWidth(2);
    VBox.setVgrow(line, Priority.ALWAYS);
    VBox rail = new VBox(4, line, avatar);
    rail.setAlignment(Pos.TOP_CENTER);
    rail.setMinWidth(32);
    int total = preview.replies().size() + 1;
    Label who = new Label(name + "  " + preview.handle() + " · " + (index + 2) + "/" + total);
    who.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    String text = preview.replies().get(index);
    Label body = new Label(text.isBlank() ? "Empty tweet" : text);
    body.setWrapText(true);
    body.setMaxWidth(WIDTH - 24 - 42);
    body.getStyleClass().add(text.isBlank() ? "preview-more-label" : "preview-reply-text");
    VBox tweet = new VBox(2, who, body);
    HBox row = new HBox(10, rail, tweet);
    row.setId("previewReply" + (index + 2));
    row.getStyleClass().add("preview-reply");
    return row;
  }

  private static Node header(NetworkPreview preview, String brandColor) {
    String name = preview.author().isBlank() ? "?" : preview.author();
    Label initial = new Label(name.substring(0, 1).toUpperCase(Locale.ROOT));
    initial.getStyleClass().add("preview-avatar-initial");
    StackPane avatar = new StackPane(new Circle(16, Color.web(brandColor)), initial);
    Label author = new Label(name);
    author.getStyleClass().add("preview-author");
    Label sub =
        new Label(
            switch (preview.network()) {
              case INSTAGRAM -> "Sponsored · " + preview.handle();
              case FACEBOOK -> "Just now · Public";
              case X -> preview.handle() + " · now";
              case LINKEDIN -> "Company page · Now";
              case SANDBOX -> "Sandbox network · now";
            });
    if (preview.network() == Network.INSTAGRAM) {
      sub.setText(preview.handle());
    }
    sub.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    VBox names = new VBox(0, author, sub);
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    FontIcon logo = new FontIcon(logoOf(preview.network()));
    logo.getStyleClass().add("preview-network-logo");
    HBox header = new HBox(10, avatar, names, grow, logo);
    header.setAlignment(Pos.CENTER_LEFT);
    return header;
  }

  private static Node caption(NetworkPreview preview, String boldName) {
    if (io.autoposter.desktop.ui.TextDirection.hasRightToLeft(preview.text())) {
      return rightToLeftCaption(preview, boldName);
    }
    TextFlow flow = new TextFlow();
    flow.setId("previewText");
    flow.getStyleClass().add("preview-text");
    flow.setMaxWidth(WIDTH - 24);
    if (boldName != null) {
      Text name = new Text(boldName + " ");
      name.getStyleClass().addAll("preview-text-run", "preview-text-bold");
      flow.getChildren().add(name);
    }
    Text body = new Text(preview.text());
    body.getStyleClass().add("preview-text-run");
    flow.getChildren().add(body);
    if (preview.truncated()) {
      Text more = new Text((preview.moreLabel().startsWith("…") ? "" : " ") + preview.moreLabel());
      more.setId("previewMore");
      more.getStyleClass().addAll("preview-text-run", "preview-more");
      flow.getChildren().add(more);
    }
    if (preview.text().isBlank() && !preview.truncated()) {
      Text empty = new Text("No caption yet");
      empty.getStyleClass().addAll("preview-text-run", "preview-more");
      flow.getChildren().add(empty);
    }
    flow.setNodeOrientation(
        preview.rightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
    return flow;
  }

  /** Characters per line of a right-to-left caption, which is broken into lines here. */
  static final int RTL_LINE = 44;

  /**
   * A caption with right-to-left writing, broken into lines at spaces here and drawn as lines that
   * do not wrap: JavaFX 25.0.4 fails laying out wrapped right-to-left text (see {@code
   * ui.TextDirection}).
   */
  private static Node rightToLeftCaption(NetworkPreview preview, String boldName) {
    VBox lines = new VBox(2);
    lines.setId("previewText");
    lines.getStyleClass().add("preview-text");
    String text = (boldName == null ? "" : boldName + " ") + preview.text();
    for (String line : PreviewText.lines(text, RTL_LINE)) {
      Label label = new Label(line);
      label.getStyleClass().add("preview-rtl-line");
      label.setNodeOrientation(
          preview.rightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
      label.setMaxWidth(Double.MAX_VALUE);
      lines.getChildren().add(label);
    }
    if (preview.truncated()) {
      Label more = new Label(preview.moreLabel());
      more.setId("previewMore");
      more.getStyleClass().add("preview-more-label");
      lines.getChildren().add(more);
    }
    lines.setNodeOrientation(
        preview.rightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
    return lines;
  }

  private Node media(NetworkPreview preview) {
    double width = WIDTH - 24;
    if (preview.mediaRequiredMissing()) {
      return placeholder(width, width, "No picture yet — Instagram needs one", true);
    }
    if (preview.media().isEmpty()) {
      return new Region();
    }
    if (preview.media().size() == 1 || preview.network() == Network.INSTAGRAM) {
      Node first = picture(preview.media().getFirst(), width, width / preview.imageRatio());
      if (preview.hiddenMedia() > 0 && preview.network() == Network.INSTAGRAM) {
        Label dots = new Label("● " + "○ ".repeat(preview.hiddenMedia()).strip());
        dots.getStyleClass().addAll(Styles.TEXT_SMALL, "preview-carousel-dots");
        VBox withDots = new VBox(6, first, dots);
        withDots.setAlignment(Pos.CENTER);
        return withDots;
      }
      if (preview.hiddenMedia() > 0) {
        return withBadge(first, "+" + preview.hiddenMedia());
      }
      return first;
    }
    GridPane grid = new GridPane(4, 4);
    int count = preview.media().size();
    double cell = (width - 4) / 2;
    for (int i = 0; i < count; i++) {
      double height = count == 2 ? width * 0.6 : cell * 0.75;
      Node picture = picture(preview.media().get(i), cell, height);
      if (i == count - 1 && preview.hiddenMedia() > 0) {
        picture = withBadge(picture, "+" + preview.hiddenMedia());
      }
      if (count == 3 && i == 0) {
        grid.add(picture(preview.media().get(0), cell, cell * 1.5 + 4), 0, 0, 1, 2);
      } else if (count == 3) {
        grid.add(picture, 1, i - 1);
      } else {
        grid.add(picture, i % 2, i / 2);
      }
    }
    return grid;
  }

  private Node picture(MediaRef ref, double width, double height) {
    if (ref.isVideo()) {
      return placeholder(width, height, "Video", false);
    }
    Optional<Image> image = images.apply(ref.sha256());
    if (image.isEmpty() || image.get().isError()) {
      return placeholder(width, height, "Picture not on this computer", false);
    }
    ImageView view = new ImageView(image.get());
    view.setFitWidth(width);
    view.setFitHeight(height);
    view.setSmooth(true);
    view.setViewport(centreCrop(image.get(), width / height));
    view.getStyleClass().add("preview-picture");
    return view;
  }

  /** The middle part of {@code image} with the given width/height ratio: how feeds crop. */
  static Rectangle2D centreCrop(Image image, double ratio) {
    double w = image.getWidth();
    double h = image.getHeight();
    if (w <= 0 || h <= 0) {
      return null;
    }
    if (w / h > ratio) {
      double cropped = h * ratio;
      return new Rectangle2D((w - cropped) / 2, 0, cropped, h);
    }
    double cropped = w / ratio;
    return new Rectangle2D(0, (h - cropped) / 2, w, cropped);
  }

  private static Node placeholder(double width, double height, String text, boolean problem) {
    FontIcon icon = new FontIcon(problem ? Feather.ALERT_TRIANGLE : Feather.IMAGE);
    Label label = new Label(text, icon);
    label.setId("previewPlaceholder");
    label
        .getStyleClass()
        .addAll(Styles.TEXT_SMALL, problem ? "preview-missing" : Styles.TEXT_MUTED);
    label.setWrapText(true);
    StackPane box = new StackPane(label);
    box.getStyleClass().add("preview-placeholder");
    box.setMinSize(width, height);
    box.setPrefSize(width, height);
    box.setMaxSize(width, height);
    return box;
  }

  private static Node withBadge(Node picture, String text) {
    Label badge = new Label(text);
    badge.getStyleClass().add("preview-more-badge");
    StackPane box = new StackPane(picture, badge);
    StackPane.setAlignment(badge, Pos.CENTER);
    return box;
  }

  private static Node linkCard(NetworkPreview.LinkCard link) {
    Label host = new Label(link.host().toUpperCase(Locale.ROOT));
    host.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    Label url = new Label(link.url());
    url.getStyleClass().add("preview-link-title");
    url.setMaxWidth(WIDTH - 48);
    VBox card = new VBox(2, new Label(null, new FontIcon(Feather.LINK)), host, url);
    card.setId("previewLinkCard");
    card.getStyleClass().add("preview-link-card");
    return card;
  }

  private static Node actions() {
    HBox icons =
        new HBox(
            14,
            new FontIcon(Feather.HEART),
            new FontIcon(Feather.MESSAGE_CIRCLE),
            new FontIcon(Feather.SEND));
    icons.getStyleClass().add("preview-actions");
    return icons;
  }

  private static Node findings(NetworkPreview preview) {
    VBox box = new VBox(4);
    box.setId("previewFindings");
    for (Finding finding : preview.findings()) {
      boolean error = finding.blocksScheduling();
      Label line =
          new Label(
              finding.message(), new FontIcon(error ? Feather.X_CIRCLE : Feather.ALERT_TRIANGLE));
      line.getStyleClass().addAll(Styles.TEXT_SMALL, error ? "finding-error" : "finding-warning");
      line.setWrapText(true);
      line.setMaxWidth(WIDTH);
      box.getChildren().add(line);
    }
    if (preview.findings().isEmpty()) {
      Label ok =
          new Label(
              "Ready for " + preview.network().displayName() + ".",
              new FontIcon(Feather.CHECK_CIRCLE));
      ok.getStyleClass().addAll(Styles.TEXT_SMALL, "finding-ok");
      box.getChildren().add(ok);
    }
    return box;
  }

  private static Feather logoOf(Network network) {
    return switch (network) {
      case INSTAGRAM -> Feather.INSTAGRAM;
      case FACEBOOK -> Feather.FACEBOOK;
      case X -> Feather.TWITTER;
      case LINKEDIN -> Feather.LINKEDIN;
      case SANDBOX -> Feather.BOX;
    };
  }

  static String key(Network network) {
    return network.name().toLowerCase(Locale.ROOT);
  }

  /** Loads a picture scaled for previews, in the background. */
  static Image load(Path file) {
    return new Image(file.toUri().toString(), WIDTH * 2, 0, true, true, false);
  }
}
