package io.autoposter.server.publish;

import io.autoposter.model.AgencyId;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.server.store.ChangeLogRepository;
import io.autoposter.server.store.Database;
import io.autoposter.server.store.PostRepository;
import io.autoposter.server.store.StoredPost;
import io.autoposter.server.store.Transaction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns a due post into its publish targets, in one transaction with the post's move to PUBLISHING
 * (which is conditional, so two instances never plan the same post twice). One target per social
 * account the post goes to: the post's chosen accounts on each of its networks, or every account of
 * the brand on that network when it chose none there. A network without an account becomes a FAILED
 * target that says so. A post scheduled again after a failure keeps its published targets and
 * schedules the others again.
 */
final class TargetPlanning {
  private final Database database;
  private final Clock clock;
  private final ChangeLogRepository changeLog;
  private final PostRepository posts;
  private final TargetRepository targets;
  private final TargetAccountRepository accounts;
  private final PostProgress progress;

  TargetPlanning(
      Database database,
      Clock clock,
      ChangeLogRepository changeLog,
      PostRepository posts,
      TargetRepository targets,
      TargetAccountRepository accounts,
      PostProgress progress) {
    this.database = database;
    this.clock = clock;
    this.changeLog = changeLog;
    this.posts = posts;
    this.targets = targets;
    this.accounts = accounts;
    this.progress = progress;
  }

  /** Plans the post when it is still scheduled; false when it was not (deleted, taken, moved). */
  boolean plan(PostId id) {
    return database.inTransaction(tx -> plan(tx, id));
  }

  private boolean plan(Transaction tx, PostId id) {
    Optional<StoredPost> found = posts.find(tx, id);
    if (found.isEmpty()) {
      return false;
    }
    AgencyId agency = found.get().agencyId();
    // Agency lock first, like every writer, so planning cannot deadlock with a push.
    changeLog.lockAgency(tx, agency);
    Instant now = clock.instant();
    if (!posts.claim(tx, id, now)) {
      return false;
    }
    StoredPost publishing = posts.find(tx, id).orElseThrow();
    Post post = publishing.post();
    Instant due = post.dueAt() == null ? now : post.dueAt();
    Instant holdAfter =
        due.plus(Duration.ofMinutes(accounts.graceMinutes(tx, agency, post.brandId())));
    List<PublishTarget> existing = targets.ofPost(tx, agency, id);
    List<TargetAccountRepository.Account> ofBrand = accounts.ofBrand(tx, agency, post.brandId());
    for (Network network : post.networks()) {
      List<TargetAccountRepository.Account> chosen = chosen(post, network, ofBrand);
      for (PublishTarget old : existing) {
        boolean placeholder = old.network() == network && old.account() == null;
        if (placeholder && !chosen.isEmpty() && old.state().canMoveTo(TargetState.CANCELLED)) {
          targets.settle(
              tx,
              old.id(),
              old.state(),
              old.fence(),
              Settlement.failed(old, TargetState.CANCELLED, null, null),
              now);
        }
      }
      if (chosen.isEmpty()) {
        if (existing.stream().noneMatch(t -> t.network() == network && t.account() == null)) {
          targets.insert(tx, notConnected(agency, post, network, due, holdAfter), now);
        }
        continue;
      }
      for (TargetAccountRepository.Account account : chosen) {
        Optional<PublishTarget> before =
            existing.stream().filter(t -> account.id().equals(t.account())).findFirst();
        if (before.isEmpty()) {
          targets.insert(tx, fresh(agency, post, account, due, holdAfter, now), now);
        } else if (outcomeNeverLearned(before.get())) {
          targets.reconcileBeforeRetry(tx, before.get(), due, holdAfter, now);
        } else if (before.get().state().canMoveTo(TargetState.SCHEDULED)) {
          targets.reschedule(tx, before.get(), due, holdAfter, now);
        }
      }
    }
    progress.record(tx, agency, publishing, PostStatus.PUBLISHING, "");
    progress.closeConflicts(tx, agency, post);
    progress.update(tx, agency, id);
    return true;
  }

  /**
   * A call of this target may have reached the platform and nobody found out: retrying it blindly
   * could publish twice, so the retry asks the platform first.
   */
  private static boolean outcomeNeverLearned(PublishTarget target) {
    return target.state() == TargetState.NEEDS_ATTENTION
        && PlatformError.OUTCOME_UNKNOWN.name().equals(target.errorCode());
  }

  private static List<TargetAccountRepository.Account> chosen(
      Post post, Network network, List<TargetAccountRepository.Account> ofBrand) {
    List<TargetAccountRepository.Account> onNetwork =
        ofBrand.stream().filter(a -> a.network() == network).toList();
    List<TargetAccountRepository.Account> picked =
        onNetwork.stream().filter(a -> post.targets().contains(a.id())).toList();
    return picked.isEmpty() ? onNetwork : picked;
  }

  /** Found beyond the grace window already (the server was down): held at once. */
  private static PublishTarget fresh(
      AgencyId agency,
      Post post,
      TargetAccountRepository.Account account,
      Instant due,
      Instant holdAfter,
      Instant now) {
    boolean late = now.isAfter(holdAfter);
    return new PublishTarget(
        UUID.randomUUID(),
        agency,
        post.id(),
        post.brandId(),
        account.id(),
        account.network(),
        account.displayName(),
        late ? TargetState.HELD_LATE : TargetState.SCHEDULED,
        0,
        null,
        null,
        0,
        0,
        due,
        due,
        holdAfter,
        null,
        null,
        null,
        late ? PlatformError.HELD_LATE.name() : null,
        late ? PlatformError.HELD_LATE.message(account.network(), account.displayName()) : null);
  }

  private static PublishTarget notConnected(
      AgencyId agency, Post post, Network network, Instant due, Instant holdAfter) {
    return new PublishTarget(
        UUID.randomUUID(),
        agency,
        post.id(),
        post.brandId(),
        null,
        network,
        network.displayName(),
        TargetState.FAILED,
        0,
        null,
        null,
        0,
        0,
        null,
        due,
        holdAfter,
        null,
        null,
        null,
        PlatformError.ACCOUNT_NOT_CONNECTED.name(),
        PlatformError.ACCOUNT_NOT_CONNECTED.message(network, network.displayName()));
  }
}
