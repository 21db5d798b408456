package io.autoposter.desktop.storage;

import io.autoposter.model.BrandId;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A post as this desktop holds it: the shared fields plus what sync needs to know about it. */
@Entity
@Table(name = "posts")
class PostEntity {

  @Id
  @Column(length = 36)
  String id;

  @Column(name = "brand_id", nullable = false, length = 36)
  String brandId;

  @Column(nullable = false, length = 200_000)
  String caption;

  /** Network names, comma separated, in declaration order. */
  @Column(nullable = false, length = 200)
  String networks;

  @Column(name = "due_at")
  Instant dueAt;

  @Column(nullable = false, length = 64)
  String zone;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  PostStatus status;

  @Column(nullable = false, length = Post.MAX_OUTCOME_LENGTH)
  String outcome;

  /** The server version this desktop last saw; 0 for a post the server has not confirmed. */
  @Column(name = "server_version", nullable = false)
  long serverVersion;

  /** True while an outbox entry for this post waits to be pushed. */
  @Column(name = "pending_sync", nullable = false)
  boolean pendingSync;

  /** Why the server refused the last edit, shown to the user until the post is edited again. */
  @Column(name = "sync_error", length = 2_000)
  String syncError;

  @Column(name = "updated_at", nullable = false)
  Instant updatedAt;

  PostEntity() {}

  void copyFrom(Post post) {
    id = post.id().toString();
    brandId = post.brandId().toString();
    caption = post.caption();
    networks = post.networks().stream().map(Network::name).collect(Collectors.joining(","));
    dueAt = post.dueAt();
    zone = post.zone().getId();
    status = post.status();
    outcome = post.outcome();
  }

  Post toPost() {
    Set<Network> set = EnumSet.noneOf(Network.class);
    if (!networks.isBlank()) {
      Arrays.stream(networks.split(",")).map(Network::valueOf).forEach(set::add);
    }
    return new Post(
        PostId.parse(id),
        BrandId.parse(brandId),
        caption,
        set,
        dueAt,
        ZoneId.of(zone),
        status,
        outcome);
  }

  LocalPost toLocalPost() {
    return new LocalPost(toPost(), serverVersion, pendingSync, syncError == null ? "" : syncError);
  }
}
