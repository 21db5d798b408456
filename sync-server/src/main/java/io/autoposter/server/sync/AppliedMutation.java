package io.autoposter.server.sync;

import io.autoposter.model.sync.MutationResult;

/** A mutation's result plus whether it may have moved a post's publishing time. */
record AppliedMutation(MutationResult result, boolean scheduleTouched) {

  static AppliedMutation rejected(long mutationId, String code, String message) {
    return new AppliedMutation(MutationResult.rejected(mutationId, code, message), false);
  }

  static AppliedMutation unchanged(long mutationId) {
    return new AppliedMutation(MutationResult.applied(mutationId), false);
  }
}
