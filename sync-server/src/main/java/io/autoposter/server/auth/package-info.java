/**
 * Agencies, users and sessions: sign-up, sign-in with Argon2id passwords, opaque bearer tokens of
 * which only a SHA-256 is stored, and the {@link io.autoposter.server.auth.Caller} every
 * authenticated route gets its agency from.
 */
package io.autoposter.server.auth;
