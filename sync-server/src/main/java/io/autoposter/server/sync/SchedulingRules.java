package io.autoposter.server.sync;

import io.autoposter.model.AgencyId;
import io.autoposter.model.MediaRef;
import io.autoposter.model.Post;
import io.autoposter.model.PostStatus;
import io.autoposter.model.rules.Finding;
import io.autoposter.model.rules.PostRules;
import io.autoposter.server.store.Transaction;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a post must meet to be SCHEDULED, beyond the record's own invariants: no error from the
 * shared rules engine ({@link PostRules}, the same the desktop composer shows) on any of its
 * networks, room in the posting quota of every network that has one ({@link QuotaRule}), and every
 * media item uploaded completely. Warnings never block.
 */
final class SchedulingRules {
  private final UploadedMediaRepository media = new UploadedMediaRepository();
  private final QuotaRule quotas = new QuotaRule();

  /**
   * @throws Rejection {@code POST_RULES}, {@code MEDIA_MISSING} or {@code QUOTA_FULL}
   */
  void check(Transaction tx, AgencyId agency, Post post) {
    if (post.status() != PostStatus.SCHEDULED) {
      return;
    }
    String blocking =
        PostRules.check(post).stream()
            .filter(Finding::blocksScheduling)
            .map(Finding::message)
            .collect(Collectors.joining(" "));
    if (!blocking.isEmpty()) {
      throw new Rejection("POST_RULES", blocking);
    }
    quotas.check(tx, agency, post);
    if (post.media().isEmpty()) {
      return;
    }
    List<String> wanted = post.media().stream().map(MediaRef::sha256).toList();
    Set<String> uploaded = media.complete(tx, agency, wanted);
    long missing = wanted.stream().filter(sha256 -> !uploaded.contains(sha256)).count();
    if (missing > 0) {
      throw new Rejection(
          "MEDIA_MISSING",
          missing == 1
              ? "One picture or video has not been uploaded yet; it must be before scheduling."
              : missing
                  + " pictures or videos have not been uploaded yet; they must be before"
                  + " scheduling.");
    }
  }
}
