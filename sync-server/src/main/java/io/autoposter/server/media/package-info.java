/**
 * Content-addressed, resumable media uploads at {@code /api/v1/media}: pictures and videos named by
 * the SHA-256 of their bytes, sent in chunks, typed by their content and kept per agency under
 * {@code <data-dir>/media}.
 */
package io.autoposter.server.media;
