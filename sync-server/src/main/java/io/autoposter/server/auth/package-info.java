/**
 * Agencies, users and sessions: sign-up, sign-in with Argon2id passwords (and the second factor),
 * password reset by e-mail, opaque device sessions of which only a SHA-256 of the token is stored
 * (ADR 0006), the sessions list, and the caller resolution that {@link
 * io.autoposter.server.access.Access} builds on.
 */
package io.autoposter.server.auth;
