/**
 * Talks to the sync server (Retrofit and OkHttp stay in this package) and runs the {@link
 * io.autoposter.desktop.sync.SyncEngine} that pushes the outbox and pulls the change log.
 */
package io.autoposter.desktop.sync;
