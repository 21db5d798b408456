package io.autoposter.server.publish;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The tweets of an X thread already out, kept in the target's step id under the claim's fence (ADR
 * 0018). Unlike an Instagram container, this step survives a retry and a reschedule: the tweets are
 * on X, so the thread goes on from the last one instead of starting again.
 *
 * @param posted the ids of the thread's first tweets, in order
 */
record ThreadProgress(List<String> posted) {
  private static final String PREFIX = "x-thread:";

  static final ThreadProgress NONE = new ThreadProgress(List.of());

  ThreadProgress {
    posted = List.copyOf(posted);
  }

  /** What {@code stepId} says; none when it is not a thread's step (or there is none). */
  static ThreadProgress of(String stepId) {
    if (!isProgress(stepId) || stepId.length() == PREFIX.length()) {
      return NONE;
    }
    return new ThreadProgress(Arrays.asList(stepId.substring(PREFIX.length()).split(",")));
  }

  static boolean isProgress(String stepId) {
    return stepId != null && stepId.startsWith(PREFIX);
  }

  ThreadProgress then(String tweetId) {
    List<String> more = new ArrayList<>(posted);
    more.add(tweetId);
    return new ThreadProgress(more);
  }

  String stepId() {
    return PREFIX + String.join(",", posted);
  }

  int count() {
    return posted.size();
  }
}
