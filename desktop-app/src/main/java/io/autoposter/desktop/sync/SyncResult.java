package io.autoposter.desktop.sync;

/**
 * What one sync round did.
 *
 * @param pushed mutations the server processed (applied, duplicate or rejected)
 * @param rejected of those, how many the server refused
 * @param pulled changes applied from the server
 * @param cursor the change-log version the desktop has now pulled up to
 */
public record SyncResult(int pushed, int rejected, int pulled, long cursor) {}
