package io.autoposter.server.sync;

import io.autoposter.model.AgencyId;
import io.autoposter.model.UserId;
import io.autoposter.server.store.Transaction;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Display names for the sides of a conflict. */
final class UserNameRepository {

  /** The names of the agency's users among {@code ids}; removed users are simply missing. */
  Map<UserId, String> names(Transaction tx, AgencyId agency, Set<UserId> ids) {
    Map<UserId, String> names = new HashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
    Object[] params = new Object[ids.size() + 1];
    params[0] = agency.value();
    int i = 1;
    for (UserId id : ids) {
      params[i++] = id.value();
    }
    tx.list(
            "SELECT id, name FROM users WHERE agency_id = ? AND id IN (" + marks + ")",
            row -> Map.entry(new UserId(row.getObject(1, UUID.class)), row.getString(2)),
            params)
        .forEach(entry -> names.put(entry.getKey(), entry.getValue()));
    return names;
  }
}
