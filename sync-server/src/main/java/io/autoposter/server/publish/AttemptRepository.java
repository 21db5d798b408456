package io.autoposter.server.publish;

import io.autoposter.server.store.Transaction;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code publish_attempts}: one row per platform call, written and committed before the call with
 * the fence of the claim that makes it.
 */
final class AttemptRepository {

  /** One recorded call; {@code result} is null while in flight or when its worker died. */
  record Attempt(
      UUID target, int attempt, long fence, String worker, Instant startedAt, String result) {}

  /**
   * Records the call the claim {@code fence} is about to make, numbered after every earlier call of
   * the target: a person's retry starts the target's own count again, these numbers go on.
   */
  void insert(Transaction tx, UUID target, long fence, String worker, Instant now) {
    tx.update(
        "INSERT INTO publish_attempts (target_id, attempt, fence, worker, started_at)"
            + " SELECT ?, COALESCE(MAX(attempt), 0) + 1, ?, ?, ? FROM publish_attempts"
            + " WHERE target_id = ?",
        target,
        fence,
        worker,
        now,
        target);
  }

  /** The result of the call made under claim {@code fence} (one claim makes at most one call). */
  void finish(Transaction tx, UUID target, long fence, String result, String detail, Instant now) {
    tx.update(
        "UPDATE publish_attempts SET result = ?, detail = ?, finished_at = ?"
            + " WHERE target_id = ? AND fence = ?",
        result,
        detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 999) + "…",
        now,
        target,
        fence);
  }

  /** When the target's first call started: read-backs look for posts made since then. */
  Optional<Instant> firstStarted(Transaction tx, UUID target) {
    return tx.one(
            "SELECT MIN(started_at) AS at FROM publish_attempts WHERE target_id = ?",
            row -> Optional.ofNullable(Transaction.instant(row, "at")),
            target)
        .flatMap(at -> at);
  }

  List<Attempt> ofTarget(Transaction tx, UUID target) {
    return tx.list(
        "SELECT target_id, attempt, fence, worker, started_at, result FROM publish_attempts"
            + " WHERE target_id = ? ORDER BY attempt",
        row ->
            new Attempt(
                row.getObject("target_id", UUID.class),
                row.getInt("attempt"),
                row.getLong("fence"),
                row.getString("worker"),
                Transaction.instant(row, "started_at"),
                row.getString("result")),
        target);
  }
}
