/**
 * In-memory throttling of guessable secrets (passwords, one-time codes, tokens): free attempts,
 * then growing delays answered with 429 and {@code Retry-After}, never a permanent lock-out. Per
 * server instance; a shared store comes with multi-instance deployments (issue 7).
 */
package io.autoposter.server.ratelimit;
