package io.autoposter.model.api;

import java.net.URI;
import java.time.Instant;

/**
 * Where the desktop sends the system browser: the server's one-time start address for this flow,
 * which redirects to the platform's consent page; it stops working at {@code expiresAt}.
 */
public record ConnectAccountStart(URI startUrl, Instant expiresAt) {}
