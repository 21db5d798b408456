package io.autoposter.model.api;

import io.autoposter.model.BrandId;
import io.autoposter.model.Role;
import io.autoposter.model.UserId;
import java.time.Instant;
import java.util.Set;

/**
 * A member of the agency ({@code GET /api/v1/users}). {@code allBrands} is always true for owners
 * and admins; otherwise {@code brandIds} lists the brands the member may see.
 */
public record Member(
    UserId id,
    String email,
    String name,
    Role role,
    boolean allBrands,
    Set<BrandId> brandIds,
    boolean twoFactorEnabled,
    Instant createdAt) {

  public Member {
    brandIds = brandIds == null ? Set.of() : Set.copyOf(brandIds);
  }
}
