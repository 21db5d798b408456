package io.autoposter.model.api;

import io.autoposter.model.BrandId;
import io.autoposter.model.PostId;
import java.time.Instant;

/** A post as the sandbox network received it. */
public record SandboxPost(
    String sandboxPostId,
    PostId postId,
    BrandId brandId,
    String accountName,
    String caption,
    Instant publishedAt) {}
