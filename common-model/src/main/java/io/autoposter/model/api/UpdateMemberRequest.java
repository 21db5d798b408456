package io.autoposter.model.api;

import io.autoposter.model.BrandId;
import io.autoposter.model.Role;
import java.util.Set;

/**
 * Changes a member's role and brand access ({@code PATCH /api/v1/users/{id}}); null = unchanged.
 */
public record UpdateMemberRequest(Role role, Boolean allBrands, Set<BrandId> brandIds) {}
