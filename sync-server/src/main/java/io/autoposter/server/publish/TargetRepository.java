package io.autoposter.server.publish;

import io.autoposter.model.AgencyId;
import io.autoposter.model.BrandId;
import io.autoposter.model.Network;
import io.autoposter.model.PostId;
import io.autoposter.model.SocialAccountId;
import io.autoposter.server.store.Transaction;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * {@code publish_targets}. Every state change is one conditional UPDATE on (id, state, fence)
 * checked against {@link TargetState#canMoveTo}: it touches one row or none, and none means another
 * worker (or a person) moved the target first.
 */
final class TargetRepository {
  private static final String COLUMNS =
      "id, agency_id, post_id, brand_id, account_id, network, account_name, state, fence,"
          + " claimed_by, lease_until, attempts, reconciles, next_attempt_at, due_at, hold_after,"
          + " platform_step_id, platform_post_id, permalink, error_code, error_message";

  /** A target that a round may take, with the state and fence it was read in. */
  record Candidate(UUID id, TargetState state, long fence) {}

  void insert(Transaction tx, PublishTarget t, Instant now) {
    tx.update(
        "INSERT INTO publish_targets (id, agency_id, post_id, brand_id, account_id, network,"
            + " account_name, state, fence, attempts, reconciles, next_attempt_at, due_at,"
            + " hold_after, error_code, error_message, created_at, updated_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?, ?, ?, ?, ?)",
        t.id(),
        t.agency().value(),
        t.post().value(),
        t.brand().value(),
        t.account() == null ? null : t.account().value(),
        t.network().name(),
        t.accountName(),
        t.state().name(),
        t.nextAttemptAt(),
        t.dueAt(),
        t.holdAfter(),
        t.errorCode(),
        t.errorMessage(),
        now,
        now);
  }

  Optional<PublishTarget> find(Transaction tx, UUID id) {
    return tx.one(
        "SELECT " + COLUMNS + " FROM publish_targets WHERE id = ?", TargetRepository::row, id);
  }

  List<PublishTarget> ofPost(Transaction tx, AgencyId agency, PostId post) {
    return tx.list(
        "SELECT "
            + COLUMNS
            + " FROM publish_targets WHERE agency_id = ? AND post_id = ? ORDER BY created_at, id",
        TargetRepository::row,
        agency.value(),
        post.value());
  }

  /**
   * Targets whose time has come ({@code SCHEDULED}, {@code UNKNOWN}) or whose lease ran out. On
   * PostgreSQL the rows stay locked until the claim commits and other instances skip them; on H2
   * the conditional claim update alone decides (the loser updates no row).
   */
  List<Candidate> takeable(Transaction tx, Instant now, int limit, boolean skipLocked) {
    String lock = skipLocked ? " FOR UPDATE SKIP LOCKED" : "";
    List<Candidate> found = new ArrayList<>();
    found.addAll(
        tx.list(
            "SELECT id, state, fence FROM publish_targets WHERE state IN ('SCHEDULED', 'UNKNOWN')"
                + " AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?"
                + lock,
            TargetRepository::candidate,
            now,
            limit));
    if (found.size() < limit) {
      found.addAll(
          tx.list(
              "SELECT id, state, fence FROM publish_targets WHERE state IN ('CLAIMED', 'CALLING',"
                  + " 'RECONCILING') AND lease_until <= ? ORDER BY lease_until LIMIT ?"
                  + lock,
              TargetRepository::candidate,
              now,
              limit - found.size()));
    }
    return found;
  }

  /** When the next target becomes takeable: its time, or the end of a lease. */
  Optional<Instant> nextTakeable(Transaction tx) {
    Optional<Instant> due =
        earliest(
            tx,
            "SELECT MIN(next_attempt_at) AS at FROM publish_targets"
                + " WHERE state IN ('SCHEDULED', 'UNKNOWN')");
    Optional<Instant> lease =
        earliest(
            tx,
            "SELECT MIN(lease_until) AS at FROM publish_targets"
                + " WHERE state IN ('CLAIMED', 'CALLING', 'RECONCILING')");
    return Stream.of(due, lease).flatMap(Optional::stream).min(Instant::compareTo);
  }

  private static Optional<Instant> earliest(Transaction tx, String sql) {
    // MIN over no rows is one row holding NULL.
    return tx.one(sql, row -> Optional.ofNullable(Transaction.instant(row, "at")))
        .flatMap(at -> at);
  }

  /**
   * Takes the target under a new claim: the fence goes up by one, so every holder of the old value
   * is stale from now on. Returns the new fence, or empty when someone else moved it first.
   */
  Optional<Long> claim(
      Transaction tx,
      Candidate seen,
      TargetState to,
      String worker,
      Instant leaseUntil,
      Instant nextAttemptAt,
      Instant now) {
    seen.state().require(to);
    int rows =
        tx.update(
            "UPDATE publish_targets SET state = ?, fence = fence + 1, claimed_by = ?,"
                + " lease_until = ?, next_attempt_at = ?, updated_at = ?"
                + " WHERE id = ? AND state = ? AND fence = ?",
            to.name(),
            worker,
            leaseUntil,
            nextAttemptAt,
            now,
            seen.id(),
            seen.state().name(),
            seen.fence());
    return rows == 1 ? Optional.of(seen.fence() + 1) : Optional.empty();
  }

  /**
   * CLAIMED → CALLING for the holder of {@code fence} whose lease has not run out; counts the
   * attempt. False for a stale or expired claim: that worker must not call the platform.
   */
  boolean startCall(Transaction tx, UUID id, long fence, Instant leaseUntil, Instant now) {
    TargetState.CLAIMED.require(TargetState.CALLING);
    return tx.update(
            "UPDATE publish_targets SET state = 'CALLING', attempts = attempts + 1,"
                + " lease_until = ?, updated_at = ?"
                + " WHERE id = ? AND state = 'CLAIMED' AND fence = ? AND lease_until > ?",
            leaseUntil,
            now,
            id,
            fence,
            now)
        == 1;
  }

  /** Keeps the id of a first step (an Instagram container) while the call goes on. */
  boolean saveStep(Transaction tx, UUID id, long fence, String stepId, Instant now) {
    return tx.update(
            "UPDATE publish_targets SET platform_step_id = ?, updated_at = ?"
                + " WHERE id = ? AND state IN ('CALLING', 'RECONCILING') AND fence = ?",
            stepId,
            now,
            id,
            fence)
        == 1;
  }

  /** The end of a claim: the new state with what is known, lease released. */
  boolean settle(Transaction tx, UUID id, TargetState from, long fence, Settlement s, Instant now) {
    from.require(s.state());
    return tx.update(
            "UPDATE publish_targets SET state = ?, claimed_by = NULL, lease_until = NULL,"
                + " next_attempt_at = ?, reconciles = ?, platform_step_id = ?,"
                + " platform_post_id = ?, permalink = ?, error_code = ?, error_message = ?,"
                + " updated_at = ? WHERE id = ? AND state = ? AND fence = ?",
            s.state().name(),
            s.nextAttemptAt(),
            s.reconciles(),
            s.stepId(),
            s.platformPostId(),
            s.permalink(),
            s.error() == null ? null : s.error().name(),
            clip(s.errorMessage()),
            now,
            id,
            from.name(),
            fence)
        == 1;
  }

  /**
   * A settled target of a post scheduled again (a person fixed it and rescheduled): back to
   * SCHEDULED at the new time. Published targets are never touched.
   */
  boolean reschedule(
      Transaction tx, PublishTarget t, Instant dueAt, Instant holdAfter, Instant now) {
    t.state().require(TargetState.SCHEDULED);
    return tx.update(
            "UPDATE publish_targets SET state = 'SCHEDULED', next_attempt_at = ?, due_at = ?,"
                + " hold_after = ?, attempts = 0, reconciles = 0, error_code = NULL,"
                + " error_message = NULL, updated_at = ?,"
                // a thread's tweets already out stay (ThreadProgress); anything else starts anew
                + " platform_step_id = CASE WHEN platform_step_id LIKE 'x-thread:%'"
                + " THEN platform_step_id ELSE NULL END"
                + " WHERE id = ? AND state = ? AND fence = ?",
            dueAt, dueAt, holdAfter, now, t.id(), t.state().name(), t.fence())
        == 1;
  }

  /**
   * A person's retry of a target whose outcome was never learned: back to UNKNOWN, due at {@code
   * dueAt}, so a worker asks the platform first and calls only if the post is proven absent. The
   * attempts stay counted (the reconciliation matches them); the reconciliations start again.
   */
  boolean reconcileBeforeRetry(
      Transaction tx, PublishTarget t, Instant dueAt, Instant holdAfter, Instant now) {
    t.state().require(TargetState.UNKNOWN);
    return tx.update(
            "UPDATE publish_targets SET state = 'UNKNOWN', next_attempt_at = ?, due_at = ?,"
                + " hold_after = ?, reconciles = 0, error_code = NULL, error_message = NULL,"
                + " updated_at = ? WHERE id = ? AND state = ? AND fence = ?",
            dueAt,
            dueAt,
            holdAfter,
            now,
            t.id(),
            t.state().name(),
            t.fence())
        == 1;
  }

  private static String clip(String text) {
    return text == null || text.length() <= 1000 ? text : text.substring(0, 999) + "…";
  }

  private static Candidate candidate(ResultSet row) throws SQLException {
    return new Candidate(
        row.getObject("id", UUID.class),
        TargetState.valueOf(row.getString("state")),
        row.getLong("fence"));
  }

  private static PublishTarget row(ResultSet row) throws SQLException {
    UUID account = row.getObject("account_id", UUID.class);
    return new PublishTarget(
        row.getObject("id", UUID.class),
        new AgencyId(row.getObject("agency_id", UUID.class)),
        new PostId(row.getObject("post_id", UUID.class)),
        new BrandId(row.getObject("brand_id", UUID.class)),
        account == null ? null : new SocialAccountId(account),
        Network.valueOf(row.getString("network")),
        row.getString("account_name"),
        TargetState.valueOf(row.getString("state")),
        row.getLong("fence"),
        row.getString("claimed_by"),
        Transaction.instant(row, "lease_until"),
        row.getInt("attempts"),
        row.getInt("reconciles"),
        Transaction.instant(row, "next_attempt_at"),
        Transaction.instant(row, "due_at"),
        Transaction.instant(row, "hold_after"),
        row.getString("platform_step_id"),
        row.getString("platform_post_id"),
        row.getString("permalink"),
        row.getString("error_code"),
        row.getString("error_message"));
  }
}
