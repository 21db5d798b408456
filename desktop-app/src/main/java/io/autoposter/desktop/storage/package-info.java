/**
 * The local, offline-first store: an H2 file per agency through Hibernate (entities stay
 * package-private here), the outbox of unsent mutations, and the saved sign-in session.
 */
package io.autoposter.desktop.storage;
