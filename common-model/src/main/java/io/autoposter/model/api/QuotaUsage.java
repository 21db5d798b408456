package io.autoposter.model.api;

import io.autoposter.model.Network;
import java.time.Instant;

/**
 * A brand's posting quota on one network, as {@code GET /api/v1/clients/{id}/quota} reports it.
 *
 * @param limit posts allowed in any window of {@code windowSeconds}
 * @param reportedAt when the platform last reported {@code limit}; null when it is the documented
 *     figure, not yet read from the platform
 * @param used the brand's published and scheduled posts in the busiest window holding now
 * @param windowFrom start of that window
 * @param windowTo end of that window (exclusive)
 * @param room posts that could still go out now: {@code limit - used}, never below 0
 */
public record QuotaUsage(
    Network network,
    int limit,
    long windowSeconds,
    Instant reportedAt,
    int used,
    Instant windowFrom,
    Instant windowTo,
    int room) {}
