/** {@code GET /api/v1/status}: whether the server, its database and its disk are fit to work. */
package io.autoposter.server.status;
