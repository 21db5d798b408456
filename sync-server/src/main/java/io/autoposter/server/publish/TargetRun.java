package io.autoposter.server.publish;

import io.autoposter.model.AgencyId;
import io.autoposter.model.MediaRef;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.server.store.ChangeLogRepository;
import io.autoposter.server.store.Database;
import io.autoposter.server.store.PostRepository;
import io.autoposter.server.store.StoredPost;
import io.autoposter.server.store.Transaction;
import io.autoposter.server.vault.SecretToken;
import io.autoposter.server.vault.TokenKind;
import io.autoposter.server.vault.TokenVault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Works one claim to its end. Publishing: one transaction checks the claim, reads the token and
 * commits the attempt with CLAIMED → CALLING (conditional on the fence and an unexpired lease: a
 * stale worker stops here and never calls); then the call, outside any transaction; then one
 * transaction records the outcome with the fence. Reconciling: the platform read-back, then the
 * outcome. Only outcomes proven unpublished go back to SCHEDULED.
 */
final class TargetRun {
  private static final Logger LOG = Logger.getLogger(TargetRun.class.getName());

  private final Database database;
  private final Clock clock;
  private final PublishSettings settings;
  private final ChangeLogRepository changeLog;
  private final PostRepository posts;
  private final TargetRepository targets;
  private final AttemptRepository attempts;
  private final TargetAccountRepository accounts;
  private final PostProgress progress;
  private final TokenVault vault;
  private final Map<Network, PlatformPublisher> publishers;
  private final Path mediaRoot;
  private final String worker;

  TargetRun(
      Database database,
      Clock clock,
      PublishSettings settings,
      ChangeLogRepository changeLog,
      PostRepository posts,
      TargetRepository targets,
      AttemptRepository attempts,
      TargetAccountRepository accounts,
      PostProgress progress,
      TokenVault vault,
      Map<Network, PlatformPublisher> publishers,
      Path mediaRoot,
      String worker) {
    this.database = database;
    this.clock = clock;
    this.settings = settings;
    this.changeLog = changeLog;
    this.posts = posts;
    this.targets = targets;
    this.attempts = attempts;
    this.accounts = accounts;
    this.progress = progress;
    this.vault = vault;
    this.publishers = Map.copyOf(publishers);
    this.mediaRoot = mediaRoot;
    this.worker = worker;
  }

  String worker() {
    return worker;
  }

  /** Runs the claim; returns what happened, for logs and tests. */
  TargetState run(Claim claim) {
    return claim.state() == TargetState.CLAIMED ? publish(claim) : reconcile(claim);
  }

  private TargetState publish(Claim claim) {
    settings.crashPoints().at(CrashPoints.Point.AFTER_CLAIM);
    Prepared prepared = database.inTransaction(tx -> prepareCall(tx, claim));
    if (!(prepared instanceof Prepared.Ready ready)) {
      return prepared.state();
    }
    settings.crashPoints().at(CrashPoints.Point.AFTER_ATTEMPT);
    PublishCall call = ready.call();
    CallOutcome outcome;
    try {
      outcome =
          ScopedValue.where(
                  PublishHttp.DEADLINE, new PublishHttp.Deadline(clock, ready.sendBefore()))
              .call(() -> ready.publisher().publish(call));
    } catch (PublishHttp.LeaseLost e) {
      // Paused past the lease: whoever holds the target now decides; nothing more was sent.
      LOG.warning(() -> "Target " + claim.target() + ": " + e.getMessage());
      outcome = new CallOutcome.Unknown(e.getMessage());
    } catch (RuntimeException e) {
      // Whatever broke may have broken after the request left: find out, never resend blindly.
      LOG.log(Level.WARNING, "Publishing target " + claim.target() + " broke", e);
      outcome = new CallOutcome.Unknown("the call broke: " + e.getClass().getSimpleName());
    }
    settings.crashPoints().at(CrashPoints.Point.AFTER_SEND);
    CallOutcome result = outcome;
    return database.inTransaction(tx -> settleCall(tx, claim, call, result));
  }

  private TargetState reconcile(Claim claim) {
    Prepared prepared = database.inTransaction(tx -> prepareReconcile(tx, claim));
    if (!(prepared instanceof Prepared.Ready ready)) {
      return prepared.state();
    }
    ReconcileOutcome outcome;
    try {
      outcome = ready.publisher().reconcile(ready.call());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Reconciling target " + claim.target() + " broke", e);
      outcome =
          new ReconcileOutcome.Undetermined("the read broke: " + e.getClass().getSimpleName());
    }
    ReconcileOutcome result = outcome;
    return database.inTransaction(tx -> settleReconcile(tx, claim, ready.call(), result));
  }

  /** What preparing found: a call to make, or the state the target was left in. */
  private sealed interface Prepared {
    TargetState state();

    /** A call to make, whose requests must all leave before {@code sendBefore}. */
    record Ready(PublishCall call, PlatformPublisher publisher, Instant sendBefore)
        implements Prepared {
      @Override
      public TargetState state() {
        return TargetState.CALLING;
      }
    }

    record Done(TargetState state) implements Prepared {}
  }

  private Prepared prepareCall(Transaction tx, Claim claim) {
    Optional<PublishTarget> found = current(tx, claim);
    if (found.isEmpty()) {
      return new Prepared.Done(TargetState.CLAIMED); // stale: someone else holds it now
    }
    PublishTarget target = found.get();
    Instant now = clock.instant();
    Optional<StoredPost> post = posts.find(tx, target.post());
    if (post.isEmpty() || post.get().deleted()) {
      return settleNow(
          tx, claim, target, Settlement.failed(target, TargetState.CANCELLED, null, null));
    }
    if (target.attempts() == 0 && target.reconciles() == 0 && now.isAfter(target.holdAfter())) {
      return settleNow(
          tx, claim, target, failure(target, TargetState.HELD_LATE, PlatformError.HELD_LATE));
    }
    Optional<Context> context = context(tx, target, post.get().post());
    if (context.isEmpty() || context.get().problem() != null) {
      PlatformError problem =
          context.map(Context::problem).orElse(PlatformError.ACCOUNT_NOT_CONNECTED);
      return settleNow(tx, claim, target, failure(target, TargetState.FAILED, problem));
    }
    Instant leaseEnd = now.plus(settings.callLease());
    if (!targets.startCall(tx, target.id(), claim.fence(), leaseEnd, now)) {
      return new Prepared.Done(TargetState.CLAIMED); // lease ran out or fence moved: do not call
    }
    int attempt = target.attempts() + 1;
    attempts.insert(tx, target.id(), claim.fence(), worker, now);
    Instant first = attempts.firstStarted(tx, target.id()).orElse(now);
    return new Prepared.Ready(
        call(target, context.get(), post.get().post(), attempt, first, claim.fence()),
        context.get().publisher(),
        // A margin before the lease ends, so a request never leaves as another worker takes over.
        leaseEnd.minus(settings.callLease().dividedBy(5)));
  }

  private Prepared prepareReconcile(Transaction tx, Claim claim) {
    Optional<PublishTarget> found = current(tx, claim);
    if (found.isEmpty()) {
      return new Prepared.Done(TargetState.RECONCILING);
    }
    PublishTarget target = found.get();
    Optional<StoredPost> post = posts.find(tx, target.post());
    Optional<Context> context =
        post.flatMap(p -> context(tx, target, p.post())).filter(c -> c.problem() == null);
    if (context.isEmpty()) {
      // Without the account or its token nobody can ask the platform: a person looks.
      return settleNow(
          tx,
          claim,
          target,
          failure(target, TargetState.NEEDS_ATTENTION, PlatformError.OUTCOME_UNKNOWN));
    }
    Instant first = attempts.firstStarted(tx, target.id()).orElse(clock.instant());
    return new Prepared.Ready(
        call(target, context.get(), post.get().post(), target.attempts(), first, claim.fence()),
        context.get().publisher(),
        Instant.MAX); // a read-back only reads: nothing to hold back
  }

  /** The account, token, publisher and media of a call, or the reason there can be no call. */
  private record Context(
      TargetAccountRepository.Account account,
      SecretToken token,
      PlatformPublisher publisher,
      List<MediaFile> media,
      PlatformError problem) {
    static Context problem(PlatformError error) {
      return new Context(null, null, null, List.of(), error);
    }
  }

  private Optional<Context> context(Transaction tx, PublishTarget target, Post post) {
    if (target.account() == null) {
      return Optional.empty();
    }
    Optional<TargetAccountRepository.Account> account =
        accounts.find(tx, target.agency(), target.account());
    if (account.isEmpty()) {
      return Optional.empty();
    }
    if (account.get().brokenReason() != null) {
      return Optional.of(Context.problem(PlatformError.ACCOUNT_BROKEN));
    }
    PlatformPublisher publisher = publishers.get(target.network());
    if (publisher == null) {
      return Optional.of(Context.problem(PlatformError.NETWORK_UNAVAILABLE));
    }
    SecretToken token = null;
    if (target.network() != Network.SANDBOX) {
      // Decrypted for this call only.
      Optional<SecretToken> stored =
          vault.read(
              tx, target.agency(), target.account(), target.network(), kind(target.network()));
      if (stored.isEmpty()) {
        return Optional.of(Context.problem(PlatformError.TOKEN_EXPIRED));
      }
      token = stored.get();
    }
    List<MediaFile> media = new ArrayList<>();
    for (MediaRef ref : post.media()) {
      Path file = mediaRoot.resolve(target.agency().toString()).resolve(ref.sha256());
      if (!Files.isRegularFile(file)) {
        return Optional.of(Context.problem(PlatformError.MEDIA_NOT_FETCHABLE));
      }
      media.add(new MediaFile(ref, file, post.altTextFor(ref)));
    }
    Optional<PlatformError> refused = publisher.refusesBeforeCalling(media);
    if (refused.isPresent()) {
      return Optional.of(Context.problem(refused.get()));
    }
    return Optional.of(new Context(account.get(), token, publisher, media, null));
  }

  private PublishCall call(
      PublishTarget target, Context context, Post post, int attempt, Instant first, long fence) {
    return new PublishCall(
        target,
        post,
        context.account().externalId(),
        context.token(),
        post.captionFor(target.network()),
        context.media(),
        attempt,
        first,
        stepId ->
            database.inTransaction(
                tx -> targets.saveStep(tx, target.id(), fence, stepId, clock.instant())),
        (limit, window) ->
            database.inTransaction(
                tx -> {
                  accounts.saveQuota(
                      tx, target.agency(), target.account(), limit, window, clock.instant());
                  return null;
                }));
  }

  private TargetState settleCall(
      Transaction tx, Claim claim, PublishCall call, CallOutcome outcome) {
    changeLog.lockAgency(tx, call.target().agency());
    PublishTarget target = targets.find(tx, claim.target()).orElseThrow();
    Instant now = clock.instant();
    Settlement settlement =
        switch (outcome) {
          case CallOutcome.Published p ->
              Settlement.published(target, p.platformPostId(), p.permalink(), p.warning());
          case CallOutcome.NotPublished n when n.error().retriesByItself() ->
              call.attempt() >= settings.maxAttempts()
                  ? failure(target, TargetState.NEEDS_ATTENTION, PlatformError.RETRIES_EXHAUSTED)
                  : Settlement.retry(
                      target,
                      now.plus(
                          n.retryAfter() != null
                              ? n.retryAfter()
                              : settings.retryAfter(call.attempt())),
                      n.error(),
                      n.error().message(target.network(), target.accountName()));
          case CallOutcome.NotPublished n -> failure(target, TargetState.FAILED, n.error());
          case CallOutcome.Unknown u ->
              Settlement.unknown(target, now.plus(settings.reconcileAfter(0)), 0);
        };
    attempts.finish(tx, target.id(), claim.fence(), result(outcome), detail(outcome), now);
    TargetState reached = finish(tx, claim, TargetState.CALLING, target, settlement, now);
    if (outcome instanceof CallOutcome.NotPublished n
        && (n.error() == PlatformError.TOKEN_EXPIRED
            || n.error() == PlatformError.PERMISSION_MISSING)
        && reached == TargetState.FAILED) {
      accounts.markBroken(
          tx,
          target.agency(),
          target.account(),
          n.error().message(target.network(), target.accountName()));
    }
    return reached;
  }

  private TargetState settleReconcile(
      Transaction tx, Claim claim, PublishCall call, ReconcileOutcome outcome) {
    changeLog.lockAgency(tx, call.target().agency());
    PublishTarget target = targets.find(tx, claim.target()).orElseThrow();
    Instant now = clock.instant();
    int reconciles = target.reconciles() + 1;
    Settlement settlement =
        switch (outcome) {
          case ReconcileOutcome.Found f ->
              Settlement.published(target, f.platformPostId(), f.permalink(), f.warning());
          case ReconcileOutcome.Absent a ->
              target.attempts() >= settings.maxAttempts()
                  ? failure(target, TargetState.NEEDS_ATTENTION, PlatformError.RETRIES_EXHAUSTED)
                  : Settlement.retry(
                      target, now.plus(settings.retryAfter(target.attempts())), null, null);
          case ReconcileOutcome.Refused r -> failure(target, TargetState.FAILED, r.error());
          case ReconcileOutcome.Undetermined u ->
              reconciles >= settings.maxReconciles()
                  ? failure(target, TargetState.NEEDS_ATTENTION, PlatformError.OUTCOME_UNKNOWN)
                  : Settlement.unknown(
                      target, now.plus(settings.reconcileAfter(reconciles)), reconciles);
        };
    return finish(tx, claim, TargetState.RECONCILING, target, settlement, now);
  }

  private TargetState finish(
      Transaction tx,
      Claim claim,
      TargetState from,
      PublishTarget target,
      Settlement s,
      Instant now) {
    if (!targets.settle(tx, target.id(), from, claim.fence(), s, now)) {
      // Our claim went stale during the call (lease ran out): the target is being reconciled by
      // whoever holds it now, which finds what this call did on the platform.
      LOG.info(
          () ->
              "Target "
                  + target.id()
                  + ": result of a stale claim not written ("
                  + s.state()
                  + ")");
      return from;
    }
    progress.update(tx, target.agency(), target.post());
    return s.state();
  }

  private Prepared settleNow(Transaction tx, Claim claim, PublishTarget target, Settlement s) {
    AgencyId agency = target.agency();
    changeLog.lockAgency(tx, agency);
    return new Prepared.Done(finish(tx, claim, claim.state(), target, s, clock.instant()));
  }

  private static Settlement failure(PublishTarget target, TargetState state, PlatformError error) {
    return Settlement.failed(
        target, state, error, error.message(target.network(), target.accountName()));
  }

  private Optional<PublishTarget> current(Transaction tx, Claim claim) {
    return targets
        .find(tx, claim.target())
        .filter(t -> t.state() == claim.state() && t.fence() == claim.fence());
  }

  private static TokenKind kind(Network network) {
    return switch (network) {
      case FACEBOOK, INSTAGRAM -> TokenKind.PAGE;
      case LINKEDIN, X, SANDBOX -> TokenKind.ACCESS;
    };
  }

  private static String result(CallOutcome outcome) {
    return switch (outcome) {
      case CallOutcome.Published p -> "PUBLISHED";
      case CallOutcome.NotPublished n -> "NOT_PUBLISHED";
      case CallOutcome.Unknown u -> "UNKNOWN";
    };
  }

  private static String detail(CallOutcome outcome) {
    return switch (outcome) {
      case CallOutcome.Published p -> p.platformPostId();
      case CallOutcome.NotPublished n -> n.error() + ": " + n.detail();
      case CallOutcome.Unknown u -> u.detail();
    };
  }
}
