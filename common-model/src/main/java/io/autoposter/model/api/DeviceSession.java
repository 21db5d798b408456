package io.autoposter.model.api;

import java.time.Instant;

/**
 * One signed-in device of the caller ({@code GET /api/v1/sessions}); {@code current} marks the
 * session making the request. {@code id} is not the token and cannot be used to authenticate.
 */
public record DeviceSession(
    String id,
    String deviceName,
    String ip,
    String userAgent,
    Instant createdAt,
    Instant lastSeenAt,
    boolean current) {}
