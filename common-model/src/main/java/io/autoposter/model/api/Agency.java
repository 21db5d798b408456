package io.autoposter.model.api;

import io.autoposter.model.AgencyId;
import java.time.Instant;

/** The caller's agency ({@code GET /api/v1/tenants/{id}}). */
public record Agency(
    AgencyId id, String name, boolean requireTwoFactorForAdmins, Instant createdAt) {}
