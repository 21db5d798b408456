package io.autoposter.desktop.storage;

import io.autoposter.model.MediaRef;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A picture or video one of the brand's posts uses, for the media library.
 *
 * @param altText its alt text in the newest post that has one, or ""
 * @param lastUsed when the newest post using it last changed on this device
 * @param localFile the bytes on this computer, or null when they are only on the server
 */
public record LibraryMedia(MediaRef ref, String altText, Instant lastUsed, Path localFile) {}
