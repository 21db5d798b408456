package io.autoposter.server.sync;

import io.autoposter.model.AgencyId;
import io.autoposter.server.store.Transaction;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * Which media the agency has completely uploaded (the media table belongs to the media feature).
 */
final class UploadedMediaRepository {

  /** Those of {@code sha256s} whose upload is complete for the agency. */
  Set<String> complete(Transaction tx, AgencyId agency, Collection<String> sha256s) {
    if (sha256s.isEmpty()) {
      return Set.of();
    }
    Object[] params = new Object[sha256s.size() + 1];
    params[0] = agency.value();
    int i = 1;
    for (String sha256 : sha256s) {
      params[i++] = sha256;
    }
    return new HashSet<>(
        tx.list(
            "SELECT sha256 FROM media WHERE agency_id = ? AND complete = TRUE AND sha256 IN ("
                + String.join(", ", Collections.nCopies(sha256s.size(), "?"))
                + ")",
            row -> row.getString(1),
            params));
  }
}
