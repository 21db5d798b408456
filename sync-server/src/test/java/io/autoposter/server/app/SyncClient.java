package io.autoposter.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.BrandId;
import io.autoposter.model.ClientId;
import io.autoposter.model.ConflictId;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.sync.Change;
import io.autoposter.model.sync.ConflictChanged;
import io.autoposter.model.sync.CreatePost;
import io.autoposter.model.sync.DeletePost;
import io.autoposter.model.sync.EditPost;
import io.autoposter.model.sync.HybridTimestamp;
import io.autoposter.model.sync.Mutation;
import io.autoposter.model.sync.PostChanged;
import io.autoposter.model.sync.PostConflict;
import io.autoposter.model.sync.PostPatch;
import io.autoposter.model.sync.PullRequest;
import io.autoposter.model.sync.PullResponse;
import io.autoposter.model.sync.PushRequest;
import io.autoposter.model.sync.PushResponse;
import io.autoposter.model.sync.ResolveConflict;
import io.autoposter.model.sync.SyncProtocol;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One desktop client as the tests drive it: a client id, a token and a mutation counter. */
final class SyncClient {
  final ClientId clientId;
  private final TestServer server;
  private final String token;
  private long nextMutationId = 1;
  private int clockCounter;

  SyncClient(TestServer server, String token) {
    this(server, token, ClientId.random());
  }

  /** The same client (id, token, counters) talking to another server process. */
  SyncClient on(TestServer other) {
    SyncClient moved = new SyncClient(other, token, clientId);
    moved.nextMutationId = nextMutationId;
    moved.clockCounter = clockCounter;
    return moved;
  }

  private SyncClient(TestServer server, String token, ClientId clientId) {
    this.server = server;
    this.token = token;
    this.clientId = clientId;
  }

  static Post post(BrandId brand, PostStatus status, Instant due, Set<Network> networks) {
    return new Post(
        PostId.random(),
        brand,
        "Fresh pasta tonight!",
        networks,
        due,
        ZoneId.of("Europe/Rome"),
        status,
        "");
  }

  HybridTimestamp now() {
    return new HybridTimestamp(System.currentTimeMillis(), clockCounter++, clientId.toString());
  }

  Mutation create(Post post) {
    return new CreatePost(nextMutationId++, now(), post);
  }

  Mutation edit(PostId id, long baseVersion, PostPatch patch) {
    return edit(id, baseVersion, patch, now());
  }

  Mutation edit(PostId id, long baseVersion, PostPatch patch, HybridTimestamp hlc) {
    return new EditPost(nextMutationId++, hlc, baseVersion, id, patch);
  }

  /** The edit that turns {@code before} into {@code after}, as a desktop computes it. */
  Mutation edit(Post before, Post after, long baseVersion) {
    return edit(before.id(), baseVersion, PostPatch.between(before, after));
  }

  Mutation delete(PostId id) {
    return delete(id, 0);
  }

  Mutation delete(PostId id, long baseVersion) {
    return new DeletePost(nextMutationId++, now(), baseVersion, id);
  }

  Mutation resolve(PostConflict conflict, long baseVersion, String text, boolean deletePost) {
    return new ResolveConflict(
        nextMutationId++, now(), baseVersion, conflict.id(), conflict.postId(), text, deletePost);
  }

  /** Takes the next mutation id, for mutations a test builds itself. */
  long nextMutationId() {
    return nextMutationId++;
  }

  /** A mutation id taken but never sent, as if the outbox lost it. */
  void skipMutationId() {
    nextMutationId++;
  }

  Reply pushRaw(List<Mutation> mutations) {
    return server.post(
        "/api/v1/sync/push",
        token,
        new PushRequest(clientId, SyncProtocol.SCHEMA_VERSION, mutations));
  }

  PushResponse push(Mutation... mutations) {
    Reply reply = pushRaw(List.of(mutations));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.as(PushResponse.class);
  }

  PullResponse pull(long cursor, int limit) {
    Reply reply =
        server.post(
            "/api/v1/sync/pull",
            token,
            new PullRequest(clientId, SyncProtocol.SCHEMA_VERSION, cursor, limit));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.as(PullResponse.class);
  }

  /** Every change from the start of the log, walking the pages. */
  List<Change> pullAll() {
    List<Change> all = new ArrayList<>();
    long cursor = 0;
    PullResponse page;
    do {
      page = pull(cursor, SyncProtocol.MAX_PULL_LIMIT);
      all.addAll(page.changes());
      cursor = page.cursor();
    } while (page.hasMore());
    return all;
  }

  /** The post's states in log order, as a client replaying the log would see them. */
  List<Post> history(PostId id) {
    return changesOf(id).stream().map(PostChanged::post).toList();
  }

  /** The post's entries in log order. */
  List<PostChanged> changesOf(PostId id) {
    return pullAll().stream()
        .filter(PostChanged.class::isInstance)
        .map(PostChanged.class::cast)
        .filter(change -> change.post().id().equals(id))
        .toList();
  }

  /** The post's current server version: what a desktop that just pulled edits on top of. */
  long version(PostId id) {
    return changesOf(id).getLast().version();
  }

  /** The post as the server now holds it. */
  Post latest(PostId id) {
    return history(id).getLast();
  }

  /** Every conflict in its latest state, in the order they were opened. */
  List<PostConflict> conflicts() {
    Map<ConflictId, PostConflict> latest = new LinkedHashMap<>();
    for (Change change : pullAll()) {
      if (change instanceof ConflictChanged changed) {
        latest.put(changed.conflict().id(), changed.conflict());
      }
    }
    return List.copyOf(latest.values());
  }

  List<PostConflict> openConflicts() {
    return conflicts().stream().filter(PostConflict::isOpen).toList();
  }
}
