package io.autoposter.server.publish;

/** What asking the platform about an unknown outcome proved. */
sealed interface ReconcileOutcome {
  /** It is there: the earlier call published it. */
  record Found(String platformPostId, String permalink, String warning)
      implements ReconcileOutcome {
    Found(String platformPostId, String permalink) {
      this(platformPostId, permalink, null);
    }
  }

  /** It is proven not there: publishing may be tried again. */
  record Absent(String detail) implements ReconcileOutcome {}

  /** It is proven not there and cannot be (an Instagram container in ERROR). */
  record Refused(PlatformError error, String detail) implements ReconcileOutcome {}

  /** The platform could not tell us now; ask again later. */
  record Undetermined(String detail) implements ReconcileOutcome {}
}
