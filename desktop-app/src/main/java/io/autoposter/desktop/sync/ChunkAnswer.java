package io.autoposter.desktop.sync;

import io.autoposter.model.api.Problem;

/** What the server said to one uploaded chunk. */
sealed interface ChunkAnswer {

  /** 202: taken; the next chunk starts at {@code received}. */
  record Accepted(long received) implements ChunkAnswer {}

  /** 201 or 200: the server has every byte and checked them. */
  record Complete() implements ChunkAnswer {}

  /** 409 UPLOAD_OFFSET_MISMATCH: the server stands at {@code serverOffset}; go on from there. */
  record OffsetMismatch(long serverOffset) implements ChunkAnswer {}

  /** Refused for good (type, size, hash): retrying the same bytes will not help. */
  record Refused(Problem problem) implements ChunkAnswer {}
}
