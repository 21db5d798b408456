package io.autoposter.server.publish;

import io.autoposter.model.MediaRef;
import java.nio.file.Path;

/** An attached picture or video and where its bytes are on this server. */
record MediaFile(MediaRef ref, Path file, String altText) {}
