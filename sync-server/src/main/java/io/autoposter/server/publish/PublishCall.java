package io.autoposter.server.publish;

import io.autoposter.model.Post;
import io.autoposter.server.vault.SecretToken;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Everything one platform call needs, read in the transaction that committed the attempt. The token
 * was decrypted from the vault for this call only and never reaches a log ({@link SecretToken}
 * redacts itself).
 *
 * @param externalId the platform's id of the account (page id, Instagram user id, organization urn,
 *     X user id)
 * @param text the caption for this network
 * @param firstAttemptAt when the first attempt of this target started: reconciliation looks for
 *     posts made since then
 * @param steps records the id of a first step (an Instagram container) under the claim's fence
 */
record PublishCall(
    PublishTarget target,
    Post post,
    String externalId,
    SecretToken token,
    String text,
    List<MediaFile> media,
    int attempt,
    Instant firstAttemptAt,
    StepLog steps,
    QuotaLog quotas) {

  /**
   * Keeps a first step's id with the target; false when the claim is stale (stop, do not go on).
   */
  @FunctionalInterface
  interface StepLog {
    boolean record(String stepId);
  }

  /**
   * Keeps the posting quota the platform reported for the account (Instagram's {@code
   * content_publishing_limit}), which scheduling then refuses beyond.
   */
  @FunctionalInterface
  interface QuotaLog {
    void reported(int limit, Duration window);

    QuotaLog IGNORED = (limit, window) -> {};
  }
}
