package io.autoposter.desktop.workspace;

import io.autoposter.model.BrandId;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostStatus;
import io.autoposter.model.outcome.FixAction;
import io.autoposter.model.outcome.OutcomeLine;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What publishing did with the post on screen, one line per social account as the server last
 * synced it: published with a link to the post on the network, or the problem with its fix (a
 * broken account offers "Reconnect", which reconnects it and retries what it stopped).
 */
public final class PublishResults {
  /** The statuses whose outcome says something about publishing. */
  private static final Set<PostStatus> SHOWN =
      EnumSet.of(
          PostStatus.PUBLISHING,
          PostStatus.PUBLISHED,
          PostStatus.FAILED,
          PostStatus.NEEDS_ATTENTION);

  private final ObservableList<OutcomeLine> lines = FXCollections.observableArrayList();
  private final ObservableList<OutcomeLine> linesView =
      FXCollections.unmodifiableObservableList(lines);
  private Consumer<String> openLink = url -> {};
  private BiConsumer<BrandId, Network> reconnect = (brand, network) -> {};
  private BrandId brand;

  /** The lines, empty for a draft, a scheduled post or a new one. */
  public ObservableList<OutcomeLine> lines() {
    return linesView;
  }

  /** Where a permalink opens: the system browser in the app. */
  public void onOpenLink(Consumer<String> opener) {
    this.openLink = Objects.requireNonNull(opener);
  }

  /** What "Reconnect" does: the app opens Accounts and starts reconnecting there. */
  public void onReconnect(BiConsumer<BrandId, Network> action) {
    this.reconnect = Objects.requireNonNull(action);
  }

  void show(Post post) {
    brand = post.brandId();
    if (SHOWN.contains(post.status())) {
      lines.setAll(OutcomeLine.parse(post.outcome()));
    } else {
      lines.clear();
    }
  }

  void clear() {
    brand = null;
    lines.clear();
  }

  /** Opens the post on its network. */
  public void open(OutcomeLine line) {
    line.permalink().ifPresent(openLink);
  }

  /** Whether the line offers "Reconnect". */
  public static boolean offersReconnect(OutcomeLine line) {
    return line.fix() == FixAction.RECONNECT_ACCOUNT && line.network().isPresent();
  }

  /** Reconnects the account the line is about. */
  public void reconnect(OutcomeLine line) {
    if (brand != null && offersReconnect(line)) {
      reconnect.accept(brand, line.network().orElseThrow());
    }
  }
}
