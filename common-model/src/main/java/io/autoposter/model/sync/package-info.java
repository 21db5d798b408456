/**
 * The sync contract: desktops push numbered mutations and pull an ordered change log from the
 * server, which is the authority. See docs/sync-protocol.md.
 */
package io.autoposter.model.sync;
