package io.autoposter.server.sync;

import io.autoposter.model.AgencyId;
import io.autoposter.model.ClientId;
import io.autoposter.server.store.Transaction;
import java.time.Instant;

/** The last mutation id each client of an agency has had processed. */
final class ClientMutationRepository {

  long last(Transaction tx, AgencyId agency, ClientId client) {
    return tx.one(
            "SELECT last_mutation_id FROM client_mutations WHERE agency_id = ? AND client_id = ?",
            row -> row.getLong(1),
            agency.value(),
            client.value())
        .orElse(0L);
  }

  /**
   * Locks the client's row (creating it at 0 on first contact). Callers hold the agency lock
   * already, so two pushes cannot both create the row.
   */
  long lockLast(Transaction tx, AgencyId agency, ClientId client, Instant now) {
    var locked =
        tx.one(
            "SELECT last_mutation_id FROM client_mutations"
                + " WHERE agency_id = ? AND client_id = ? FOR UPDATE",
            row -> row.getLong(1),
            agency.value(),
            client.value());
    if (locked.isPresent()) {
      return locked.get();
    }
    tx.update(
        "INSERT INTO client_mutations (agency_id, client_id, last_mutation_id, updated_at)"
            + " VALUES (?, ?, 0, ?)",
        agency.value(),
        client.value(),
        now);
    return 0L;
  }

  void advance(Transaction tx, AgencyId agency, ClientId client, long mutationId, Instant now) {
    tx.update(
        "UPDATE client_mutations SET last_mutation_id = ?, updated_at = ?"
            + " WHERE agency_id = ? AND client_id = ?",
        mutationId,
        now,
        agency.value(),
        client.value());
  }
}
