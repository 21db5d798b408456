/**
 * Who may do what: {@link io.autoposter.server.access.Access} resolves the bearer token to a {@link
 * io.autoposter.server.access.Caller}, enforces the route's {@link
 * io.autoposter.server.access.Permission} and hides brands the caller may not see (404, never 403).
 */
package io.autoposter.server.access;
