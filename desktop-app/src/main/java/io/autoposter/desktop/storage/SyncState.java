package io.autoposter.desktop.storage;

import io.autoposter.model.ClientId;

/** A snapshot of the sync bookkeeping: who we are, how far we pulled, which ids are used. */
public record SyncState(ClientId clientId, long cursor, long lastMutationId, long nextMutationId) {}
