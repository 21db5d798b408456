package io.autoposter.server.publish;

import io.autoposter.model.AgencyId;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.sync.ConflictChanged;
import io.autoposter.model.sync.ConflictKind;
import io.autoposter.model.sync.ConflictSide;
import io.autoposter.model.sync.HybridClock;
import io.autoposter.model.sync.HybridTimestamp;
import io.autoposter.model.sync.PostChanged;
import io.autoposter.model.sync.PostConflict;
import io.autoposter.model.sync.TextField;
import io.autoposter.server.store.ChangeLogRepository;
import io.autoposter.server.store.ConflictRepository;
import io.autoposter.server.store.Database;
import io.autoposter.server.store.PostRepository;
import io.autoposter.server.store.StoredPost;
import io.autoposter.server.store.Transaction;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Publishes one due post in two transactions: the claim (SCHEDULED → PUBLISHING, visible to
 * clients) and the outcome (PUBLISHED or FAILED, together with what the networks received).
 */
final class Publication {
  private static final Logger LOG = Logger.getLogger(Publication.class.getName());

  /** The node name of the server's own stamps. */
  static final String SERVER_NODE = "server";

  /** Who closed the conflicts of a post that started publishing as it stood. */
  static final String PUBLISHED_BY = "Autoposter, when publishing started";

  private final Database database;
  private final Clock clock;
  private final ChangeLogRepository changeLog;
  private final PostRepository posts;
  private final Map<Network, NetworkPublisher> publishers;
  private final HybridClock hlcClock;
  private final ConflictRepository conflicts = new ConflictRepository();

  Publication(
      Database database,
      Clock clock,
      ChangeLogRepository changeLog,
      PostRepository posts,
      Map<Network, NetworkPublisher> publishers) {
    this.database = database;
    this.clock = clock;
    this.changeLog = changeLog;
    this.posts = posts;
    this.publishers = Map.copyOf(publishers);
    this.hlcClock = new HybridClock(clock, SERVER_NODE);
  }

  void publish(PostId id) {
    Optional<AgencyId> claimed = database.inTransaction(tx -> claim(tx, id));
    if (claimed.isEmpty()) {
      return; // deleted, rescheduled or taken by another worker since it was found due
    }
    List<PublishResult> results = database.inTransaction(tx -> finish(tx, claimed.get(), id));
    for (PublishResult result : results) {
      String state = result instanceof PublishResult.Published ? "PUBLISHED" : "FAILED";
      LOG.info(
          () -> "Post %s on %s: %s — %s".formatted(id, result.network(), state, result.message()));
    }
  }

  private Optional<AgencyId> claim(Transaction tx, PostId id) {
    Optional<StoredPost> found = posts.find(tx, id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    AgencyId agency = found.get().agencyId();
    // Agency lock first, like every writer, so the claim cannot deadlock with a push.
    changeLog.lockAgency(tx, agency);
    if (!posts.claim(tx, id, clock.instant())) {
      return Optional.empty();
    }
    StoredPost publishing = current(tx, id);
    record(tx, agency, publishing, PostStatus.PUBLISHING, "");
    closeConflicts(tx, agency, publishing.post());
    return Optional.of(agency);
  }

  /**
   * A post being published is read-only, so its open conflicts could never be resolved: they are
   * closed with the text that goes out, and every device drops them.
   */
  private void closeConflicts(Transaction tx, AgencyId agency, Post post) {
    for (PostConflict open : conflicts.openOfPost(tx, post.id())) {
      String published =
          open.kind() == ConflictKind.TEXT ? TextField.read(post, open.field()) : post.caption();
      PostConflict closed =
          new PostConflict(
              open.id(),
              open.postId(),
              post.brandId(),
              open.kind(),
              open.field(),
              open.kept(),
              open.incoming(),
              new ConflictSide(published, null, PUBLISHED_BY, null, clock.instant()));
      if (conflicts.resolve(tx, closed, clock.instant())) {
        changeLog.append(tx, agency, v -> new ConflictChanged(v, closed));
      }
    }
  }

  private List<PublishResult> finish(Transaction tx, AgencyId agency, PostId id) {
    changeLog.lockAgency(tx, agency);
    StoredPost stored = current(tx, id);
    Post post = stored.post();
    List<PublishResult> results =
        post.networks().stream()
            .map(network -> publishers.get(network).publish(tx, agency, post))
            .toList();
    boolean allPublished = results.stream().allMatch(PublishResult.Published.class::isInstance);
    record(
        tx,
        agency,
        stored,
        allPublished ? PostStatus.PUBLISHED : PostStatus.FAILED,
        outcome(results));
    return results;
  }

  /**
   * Writes a status the server decided, stamped by the server's clock after every stamp merged into
   * the post: it is the status field's last write, and devices order later edits after it.
   */
  private void record(
      Transaction tx, AgencyId agency, StoredPost stored, PostStatus status, String outcome) {
    Post changed = stored.post().withStatus(status, outcome);
    HybridTimestamp hlc;
    synchronized (hlcClock) {
      hlcClock.observe(stored.hlc());
      hlc = hlcClock.now();
    }
    long version = changeLog.append(tx, agency, v -> new PostChanged(v, changed, hlc)).version();
    posts.setStatus(
        tx,
        stored.post().id(),
        status,
        outcome,
        version,
        hlc,
        stored.merge().withServerStatus(hlc),
        clock.instant());
  }

  private StoredPost current(Transaction tx, PostId id) {
    return posts.find(tx, id).orElseThrow();
  }

  private static String outcome(List<PublishResult> results) {
    String text = results.stream().map(PublishResult::message).collect(Collectors.joining(" "));
    return text.length() > Post.MAX_OUTCOME_LENGTH
        ? text.substring(0, Post.MAX_OUTCOME_LENGTH - 1) + "…"
        : text;
  }
}
