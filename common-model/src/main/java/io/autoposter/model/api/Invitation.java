package io.autoposter.model.api;

import io.autoposter.model.BrandId;
import io.autoposter.model.Role;
import java.time.Instant;
import java.util.Set;

/** An invitation to join the agency, valid for 7 days and usable once. */
public record Invitation(
    String id,
    String email,
    Role role,
    boolean allBrands,
    Set<BrandId> brandIds,
    String invitedBy,
    Instant createdAt,
    Instant expiresAt,
    Status status) {

  public Invitation {
    brandIds = brandIds == null ? Set.of() : Set.copyOf(brandIds);
  }

  /** Where an invitation stands. */
  public enum Status {
    PENDING,
    ACCEPTED,
    REVOKED,
    EXPIRED
  }
}
