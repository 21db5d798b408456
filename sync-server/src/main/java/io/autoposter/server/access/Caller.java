package io.autoposter.server.access;

import io.autoposter.model.AgencyId;
import io.autoposter.model.BrandId;
import io.autoposter.model.Role;
import io.autoposter.model.UserId;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling, as established by the session token and read fresh from the database on every
 * request (so a role change or a removed brand takes effect at once); the only source of the
 * agency.
 */
public record Caller(
    AgencyId agencyId,
    UserId userId,
    UUID sessionId,
    String email,
    Role role,
    boolean allBrands,
    Set<BrandId> brandIds,
    boolean twoFactorEnrollmentRequired) {

  public Caller {
    brandIds = Set.copyOf(brandIds);
  }

  /** Owners and admins see every brand; the others see all of them or only their chosen ones. */
  public boolean seesAllBrands() {
    return allBrands || !role.canBeLimitedToBrands();
  }

  public boolean canSee(BrandId brand) {
    return seesAllBrands() || brandIds.contains(brand);
  }
}
