/**
 * The Queue, Drafts and History screens: one virtualized post table over a compact in-memory index
 * of every local post, with filters and bulk reschedule, duplicate, cancel and delete.
 */
package io.autoposter.desktop.queue;
