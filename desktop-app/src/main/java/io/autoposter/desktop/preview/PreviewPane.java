package io.autoposter.desktop.preview;

import atlantafx.base.theme.Styles;
import io.autoposter.model.Brand;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.rules.Finding;
import io.autoposter.model.rules.PostRules;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A toggle per network of the post and that network's feed card, redrawn as the post changes
 * (typing in the composer): what the follower will see, with the rules engine's findings below.
 */
public final class PreviewPane {

  private static final String STYLESHEET = "/io/autoposter/desktop/preview/preview.css";

  private final VBox root = new VBox(12);
  private final FlowPane toggles = new FlowPane(6, 6);
  private final StackPane cardArea = new StackPane();
  private ToggleGroup group = new ToggleGroup();
  private final ObservableValue<Post> post;
  private final ObservableValue<Brand> brand;
  private final PreviewCards cards;
  private final Map<String, Optional<Image>> images = new HashMap<>();
  private Network shown;

  /**
   * @param post the post as it stands in the composer (null: nothing to preview)
   * @param brand its brand, for the page name, avatar and handle
   * @param mediaFile the local file of a media item's SHA-256, when this computer has it
   */
  public PreviewPane(
      ObservableValue<Post> post,
      ObservableValue<Brand> brand,
      Function<String, Optional<Path>> mediaFile) {
    this.post = Objects.requireNonNull(post, "post");
    this.brand = Objects.requireNonNull(brand, "brand");
    this.cards =
        new PreviewCards(
            sha -> images.computeIfAbsent(sha, s -> mediaFile.apply(s).map(PreviewCards::load)));
    root.setId("previewPane");
    root.getStyleClass().add("preview-pane");
    root.setPadding(new Insets(4, 0, 12, 0));
    root.getStylesheets()
        .add(Objects.requireNonNull(PreviewPane.class.getResource(STYLESHEET)).toExternalForm());
    Label hint = new Label("As followers will see it in their feed.");
    hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    root.getChildren().addAll(toggles, hint, cardArea);
    post.addListener((obs, was, now) -> refresh());
    brand.addListener((obs, was, now) -> refresh());
    refresh();
  }

  public Parent node() {
    return root;
  }

  /** Shows {@code network}'s card, if the post is for it. */
  public void show(Network network) {
    group.getToggles().stream()
        .filter(t -> t.getUserData() == network)
        .findFirst()
        .ifPresent(group::selectToggle);
  }

  private void refresh() {
    Post current = post.getValue();
    List<Network> networks = current == null ? List.of() : List.copyOf(current.networks());
    List<Network> before = group.getToggles().stream().map(t -> (Network) t.getUserData()).toList();
    if (!networks.equals(before)) {
      // A new group each time: JavaFX 25.0.4 leaves a toggle taken out of its group listening to
      // it, and the next selection there fails.
      group = new ToggleGroup();
      ToggleGroup fresh = group;
      fresh
          .selectedToggleProperty()
          .addListener(
              (obs, was, now) -> {
                if (now != null) {
                  shown = (Network) now.getUserData();
                  redraw();
                } else if (was != null) {
                  fresh.selectToggle(was);
                }
              });
      toggles.getChildren().clear();
      for (Network network : networks) {
        ToggleButton toggle = new ToggleButton(network.displayName());
        toggle.setId("previewTab-" + PreviewCards.key(network));
        toggle.getStyleClass().add(Styles.SMALL);
        toggle.setUserData(network);
        toggle.setToggleGroup(group);
        toggles.getChildren().add(toggle);
      }
      // Keep the network shown; a real network comes before the sandbox.
      Network keep =
          shown != null && shown != Network.SANDBOX && networks.contains(shown)
              ? shown
              : networks.isEmpty() ? null : networks.get(0);
      shown = keep;
      if (keep != null) {
        show(keep);
      }
    }
    redraw();
  }

  private void redraw() {
    Post current = post.getValue();
    if (current == null || shown == null || !current.networks().contains(shown)) {
      Label empty = new Label("Choose a network to see how the post will look there.");
      empty.setId("previewEmpty");
      empty.getStyleClass().add(Styles.TEXT_MUTED);
      empty.setWrapText(true);
      cardArea.getChildren().setAll(empty);
      return;
    }
    Brand owner = brand.getValue();
    String name = owner == null ? "Your brand" : owner.name();
    String color = owner == null ? "#64748B" : owner.color();
    List<Finding> findings = PostRules.check(current);
    Node card = cards.card(NetworkPreview.of(current, shown, name, findings), color);
    cardArea.getChildren().setAll(card);
  }
}
