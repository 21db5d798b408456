package io.autoposter.server.auth;

import io.autoposter.model.AgencyId;
import io.autoposter.model.UserId;
import java.util.UUID;

/** Who is calling, as established by the session token; the only source of the agency. */
public record Caller(AgencyId agencyId, UserId userId, UUID sessionId) {}
