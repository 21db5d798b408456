package io.autoposter.server.store;

import io.autoposter.model.AgencyId;
import io.autoposter.model.Post;
import io.autoposter.model.sync.HybridTimestamp;

/**
 * A post row with the server-only columns a client never sends: {@code hlc} is the newest stamp
 * merged into the post, {@code merge} what field-level merging needs to remember.
 */
public record StoredPost(
    AgencyId agencyId,
    Post post,
    long version,
    HybridTimestamp hlc,
    boolean deleted,
    MergeRecord merge) {}
