/**
 * The sync protocol: push applies each client mutation in its own transaction (idempotent by
 * mutation id; a rejected one is rolled back and only advances the id), merging edits field by
 * field ({@code PostMerge}) and opening conflicts; pull pages through the agency's change log.
 */
package io.autoposter.server.sync;
