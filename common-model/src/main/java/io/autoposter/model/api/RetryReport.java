package io.autoposter.model.api;

import io.autoposter.model.PostId;
import java.util.List;

/**
 * What a bulk retry did: the posts sent to publish again, and those it left with the reason.
 *
 * @param retried posts due again now, their failed targets on the account planned afresh
 * @param skipped posts that could not be retried, with the refusal in words
 */
public record RetryReport(List<PostId> retried, List<Skipped> skipped) {
  public RetryReport {
    retried = List.copyOf(retried);
    skipped = List.copyOf(skipped);
  }

  /** A post left as it was, and why (a rule now broken, a limit reached …). */
  public record Skipped(PostId post, String code, String message) {}
}
