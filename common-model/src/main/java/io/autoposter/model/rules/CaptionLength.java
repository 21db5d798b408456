package io.autoposter.model.rules;

import io.autoposter.model.Network;

/**
 * How long a caption is for one network, and how long it may be.
 *
 * @param used characters counted the way the network counts them
 * @param limit the network's maximum
 */
public record CaptionLength(Network network, int used, int limit) {

  public int remaining() {
    return limit - used;
  }

  public boolean exceeded() {
    return used > limit;
  }
}
