package io.autoposter.server.publish;

import io.autoposter.model.AgencyId;
import io.autoposter.model.BrandId;
import io.autoposter.model.Network;
import io.autoposter.model.PostId;
import io.autoposter.model.SocialAccountId;
import java.time.Instant;
import java.util.UUID;

/**
 * One row of {@code publish_targets}: publishing one post to one social account. {@code account} is
 * null for a network the brand has no account on. {@code fence} is the claim's token: every write
 * names the fence it read.
 */
record PublishTarget(
    UUID id,
    AgencyId agency,
    PostId post,
    BrandId brand,
    SocialAccountId account,
    Network network,
    String accountName,
    TargetState state,
    long fence,
    String claimedBy,
    Instant leaseUntil,
    int attempts,
    int reconciles,
    Instant nextAttemptAt,
    Instant dueAt,
    Instant holdAfter,
    String stepId,
    String platformPostId,
    String permalink,
    String errorCode,
    String errorMessage) {

  /** The words the post's outcome shows for this target. */
  String line() {
    String where = network.displayName() + " (" + accountName + ")";
    return switch (state) {
      case PUBLISHED ->
          network == Network.SANDBOX
              ? "Published to sandbox as " + platformPostId + "."
              : "Published to "
                  + where
                  + (permalink == null ? "." : ": " + permalink)
                  + (errorMessage == null ? "" : " — " + errorMessage);
      case FAILED, NEEDS_ATTENTION, HELD_LATE ->
          errorMessage == null ? where + ": " + state + "." : errorMessage;
      case CANCELLED -> where + ": cancelled.";
      case SCHEDULED, CLAIMED, CALLING, UNKNOWN, RECONCILING ->
          errorMessage == null ? "" : where + ": " + errorMessage;
    };
  }
}
