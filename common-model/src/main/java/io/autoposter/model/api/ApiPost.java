package io.autoposter.model.api;

import io.autoposter.model.BrandId;
import io.autoposter.model.Network;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A post as the public posts API shows it, with one entry per network it goes to once planned.
 *
 * @param targets empty until the post falls due and its publish targets are planned
 */
public record ApiPost(
    PostId id,
    BrandId brandId,
    String caption,
    Set<Network> networks,
    Instant dueAt,
    PostStatus status,
    String outcome,
    List<Target> targets) {

  public ApiPost {
    networks = Set.copyOf(networks);
    targets = List.copyOf(targets);
  }

  /**
   * Where the post went on one account: the state, and the platform's id and link once published,
   * or the error in words a person understands.
   */
  public record Target(
      Network network,
      String account,
      String state,
      String platformPostId,
      String permalink,
      String errorCode,
      String errorMessage) {}
}
