/**
 * The sync protocol: push applies each client mutation in its own transaction (idempotent by
 * mutation id, rejected ones still advance the id), pull pages through the agency's change log.
 */
package io.autoposter.server.sync;
