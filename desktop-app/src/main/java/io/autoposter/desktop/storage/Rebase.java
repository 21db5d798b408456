package io.autoposter.desktop.storage;

import io.autoposter.model.Post;
import io.autoposter.model.sync.Mutation;
import io.autoposter.model.sync.PostConflict;
import io.autoposter.model.sync.ResolveConflict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.Session;

/**
 * Recomputes working copies: the server copy with the post's unpushed mutations replayed. Runs
 * inside the transaction that changed the server copy or the outbox, with one query for all the
 * posts' outbox entries.
 */
final class Rebase {

  private Rebase() {}

  static void rebuild(Session session, Collection<PostEntity> rows, Instant now) {
    if (rows.isEmpty()) {
      return;
    }
    Map<String, List<Mutation>> pending = pendingOf(session, rows);
    Map<String, PostConflict> conflicts = conflictsFor(session, pending);
    for (PostEntity row : rows) {
      List<Mutation> mine = pending.getOrDefault(row.id, List.of());
      if (!rebuild(row, mine, conflicts, now)) {
        session.remove(row);
      }
    }
  }

  /** Returns false when the row has nothing left to show or wait for and is to be deleted. */
  static boolean rebuild(
      PostEntity row, List<Mutation> pending, Map<String, PostConflict> conflicts, Instant now) {
    row.pendingSync = !pending.isEmpty();
    Post server = row.server();
    if (pending.isEmpty()) {
      if (row.serverDeleted) {
        return false;
      }
      if (server != null) {
        if (!row.visible || !Objects.equals(row.workingJson, row.serverJson)) {
          row.showWorking(server, row.serverJson, now);
        }
        return true;
      }
      // Never on the server: a draft whose create was refused stays, a deleted one goes.
      return row.visible;
    }
    Post start = server != null ? server : row.working();
    row.showWorking(WorkingCopy.replay(start, pending, conflicts::get), null, now);
    return true;
  }

  private static Map<String, List<Mutation>> pendingOf(
      Session session, Collection<PostEntity> rows) {
    Map<String, List<Mutation>> pending = new HashMap<>();
    boolean outboxEmpty =
        session
                .createSelectionQuery(
                    "select count(*) from OutboxEntity where orphaned = false", Long.class)
                .getSingleResult()
            == 0;
    if (outboxEmpty) {
      return pending;
    }
    List<String> ids = rows.stream().map(row -> row.id).toList();
    List<OutboxEntity> entries =
        session
            .createSelectionQuery(
                "from OutboxEntity where orphaned = false and postId in (:ids) order by mutationId",
                OutboxEntity.class)
            .setParameterList("ids", ids)
            .getResultList();
    for (OutboxEntity entry : entries) {
      pending
          .computeIfAbsent(entry.postId, id -> new ArrayList<>())
          .add(StoredJson.mutation(entry.json));
    }
    return pending;
  }

  private static Map<String, PostConflict> conflictsFor(
      Session session, Map<String, List<Mutation>> pending) {
    Set<String> ids = new HashSet<>();
    pending.values().stream()
        .flatMap(List::stream)
        .filter(ResolveConflict.class::isInstance)
        .forEach(m -> ids.add(((ResolveConflict) m).conflictId().toString()));
    Map<String, PostConflict> conflicts = new HashMap<>();
    if (!ids.isEmpty()) {
      session
          .createSelectionQuery("from ConflictEntity where id in (:ids)", ConflictEntity.class)
          .setParameterList("ids", ids)
          .getResultList()
          .forEach(c -> conflicts.put(c.id, c.conflict()));
    }
    return conflicts;
  }
}
