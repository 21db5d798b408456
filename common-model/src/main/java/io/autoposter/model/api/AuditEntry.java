package io.autoposter.model.api;

import io.autoposter.model.UserId;
import java.time.Instant;

/**
 * One sensitive action: who ({@code actor*}, null for an anonymous attempt), what ({@code action},
 * a stable code such as {@code SIGN_IN_FAILED}, and {@code target}), when and from where.
 */
public record AuditEntry(
    long id,
    Instant at,
    UserId actorId,
    String actorEmail,
    String action,
    String target,
    String detail,
    String ip,
    String userAgent) {}
