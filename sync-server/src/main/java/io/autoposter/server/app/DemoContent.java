package io.autoposter.server.app;

import io.autoposter.model.ClientId;
import io.autoposter.model.MediaRef;
import io.autoposter.model.MediaTypes;
import io.autoposter.model.Post;
import io.autoposter.model.api.MediaInfo;
import io.autoposter.model.sync.CreatePost;
import io.autoposter.model.sync.HybridTimestamp;
import io.autoposter.model.sync.Mutation;
import io.autoposter.model.sync.MutationOutcome;
import io.autoposter.model.sync.MutationResult;
import io.autoposter.model.sync.PushRequest;
import io.autoposter.model.sync.PushResponse;
import io.autoposter.model.sync.SyncProtocol;
import io.autoposter.server.access.Caller;
import io.autoposter.server.app.DemoPictures.Size;
import io.autoposter.server.app.DemoPictures.Theme;
import io.autoposter.server.media.MediaUploads;
import io.autoposter.server.sync.SyncService;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Gives the demo agency its pictures and posts, once. The posts are pushed like a desktop's outbox
 * by a client of their own, {@link #SEED_CLIENT}, on the owner's behalf: they go through the sync
 * write path (rules, merge records, change log) and reach every desktop by pull. That client's last
 * mutation id is the marker: once the server has applied all of the seed's mutations, later starts
 * do nothing, even if the user has deleted the posts since.
 */
final class DemoContent {
  /** The client the demo seed pushes as; the same in every agency and on every start. */
  static final ClientId SEED_CLIENT =
      new ClientId(UUID.nameUUIDFromBytes("autoposter demo seed".getBytes(StandardCharsets.UTF_8)));

  private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());

  private final SyncService sync;
  private final MediaUploads media;
  private final Clock clock;

  DemoContent(SyncService sync, MediaUploads media, Clock clock) {
    this.sync = sync;
    this.media = media;
    this.clock = clock;
  }

  /**
   * Creates what the seed has not created yet. A start that was interrupted half-way pushes every
   * post again: those already applied are answered as duplicates by their mutation ids.
   */
  void ensure(Caller owner, DemoPosts.Brands brands) {
    Instant now = clock.instant();
    int planned = DemoPosts.around(now, brands, DemoContent::placeholder).size();
    long applied = sync.lastMutationId(owner, SEED_CLIENT);
    if (applied >= planned) {
      return;
    }
    List<Post> posts =
        DemoPosts.around(now, brands, (theme, variant, size) -> store(owner, theme, variant, size));
    List<Mutation> mutations = new ArrayList<>();
    for (Post post : posts) {
      int counter = mutations.size();
      mutations.add(
          new CreatePost(
              counter + 1L,
              new HybridTimestamp(now.toEpochMilli(), counter, DemoPosts.SEED_NODE),
              post));
    }
    PushResponse response =
        sync.pushAsServer(
            owner, new PushRequest(SEED_CLIENT, SyncProtocol.SCHEMA_VERSION, mutations));
    for (MutationResult result : response.results()) {
      if (result.outcome() == MutationOutcome.REJECTED) {
        // A bug in the catalogue, not the user's doing: say which post and why, then go on.
        LOG.warning(
            () ->
                "Demo post %d was refused: %s %s"
                    .formatted(result.mutationId(), result.reasonCode(), result.message()));
      }
    }
    LOG.info(() -> "Demo content ready: " + posts.size() + " posts in three brands");
  }

  private MediaRef store(Caller owner, Theme theme, int variant, Size size) {
    byte[] jpeg = DemoPictures.jpeg(theme, variant, size);
    MediaInfo stored = media.storeComplete(owner.agencyId(), jpeg);
    return new MediaRef(
        stored.sha256(), MediaTypes.JPEG, stored.size(), size.width(), size.height());
  }

  /** Stands in for a picture while only counting the posts: nothing is drawn or stored. */
  private static MediaRef placeholder(Theme theme, int variant, Size size) {
    String sha256 = "%064x".formatted(theme.ordinal() * 1_000L + variant);
    return new MediaRef(sha256, MediaTypes.JPEG, 1, size.width(), size.height());
  }
}
