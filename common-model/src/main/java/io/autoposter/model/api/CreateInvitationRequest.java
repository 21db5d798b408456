package io.autoposter.model.api;

import io.autoposter.model.BrandId;
import io.autoposter.model.Role;
import java.util.Set;

/** Invites a colleague by e-mail ({@code POST /api/v1/invitations}). */
public record CreateInvitationRequest(
    String email, Role role, boolean allBrands, Set<BrandId> brandIds) {}
