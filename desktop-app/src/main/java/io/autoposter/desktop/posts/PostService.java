package io.autoposter.desktop.posts;

import io.autoposter.desktop.storage.LocalPost;
import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.rules.Finding;
import io.autoposter.model.rules.PostRules;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Creates posts offline: each call writes the post and its outbox entry in one local transaction
 * and then tells sync a change is waiting. Blocking (database): call it off the UI thread.
 */
public final class PostService {

  private final LocalStore store;
  private final Runnable onLocalChange;

  public PostService(LocalStore store, Runnable onLocalChange) {
    this.store = Objects.requireNonNull(store, "store");
    this.onLocalChange = Objects.requireNonNull(onLocalChange, "onLocalChange");
  }

  /**
   * Schedules a new post for {@code brandId} at {@code dueAt}, in the brand's time zone.
   *
   * @throws IllegalArgumentException if the brand is unknown, no network is chosen or the caption
   *     breaks a network's rules (the shared rules engine)
   */
  public LocalPost schedule(BrandId brandId, String caption, Set<Network> networks, Instant dueAt) {
    Objects.requireNonNull(dueAt, "dueAt");
    if (networks.isEmpty()) {
      throw new IllegalArgumentException("choose at least one network");
    }
    return save(brandId, caption, networks, dueAt, PostStatus.SCHEDULED);
  }

  /** Saves a new draft; a draft may be empty, too long or unscheduled ({@code dueAt} null). */
  public LocalPost saveDraft(
      BrandId brandId, String caption, Set<Network> networks, Instant dueAt) {
    return save(brandId, caption, networks, dueAt, PostStatus.DRAFT);
  }

  private LocalPost save(
      BrandId brandId, String caption, Set<Network> networks, Instant dueAt, PostStatus status) {
    Brand brand =
        store
            .brand(brandId)
            .orElseThrow(() -> new IllegalArgumentException("unknown brand " + brandId));
    Post post =
        new Post(PostId.random(), brandId, caption, networks, dueAt, brand.zone(), status, "");
    if (status == PostStatus.SCHEDULED) {
      List<Finding> blocking =
          PostRules.check(post).stream().filter(Finding::blocksScheduling).toList();
      if (!blocking.isEmpty()) {
        throw new IllegalArgumentException(blocking.getFirst().message());
      }
    }
    LocalPost saved = store.recordEdit(post);
    onLocalChange.run();
    return saved;
  }

  /** The brands pulled from the server, by name. */
  public List<Brand> brands() {
    return store.brands();
  }

  public Optional<Brand> brand(BrandId id) {
    return store.brand(id);
  }

  /** The posts of one brand, scheduled ones by due time, drafts last. */
  public List<LocalPost> posts(BrandId brandId) {
    return store.posts(brandId);
  }

  public List<LocalPost> allPosts() {
    return store.allPosts();
  }

  public Optional<LocalPost> find(PostId id) {
    return store.post(id);
  }
}
