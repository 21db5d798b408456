package io.autoposter.model.api;

import io.autoposter.model.BrandId;
import io.autoposter.model.Network;
import io.autoposter.model.SocialAccountId;
import java.time.Instant;

/**
 * Whether the server can publish to a connected account, and until when.
 *
 * @param reconnectBy when the account's access ends unless someone reconnects it (null when the
 *     platform's token does not expire or is refreshed by itself)
 * @param reason the platform's reason when broken, or why it is expiring, in words a person
 *     understands; empty when healthy
 * @param fix what to do about it ("Reconnect the account"), empty when healthy
 */
public record TokenHealth(
    SocialAccountId accountId,
    BrandId brandId,
    Network network,
    String displayName,
    State state,
    Instant reconnectBy,
    String reason,
    String fix) {

  /** Healthy, expiring ("reconnect by …") or broken. */
  public enum State {
    HEALTHY,
    EXPIRING,
    BROKEN
  }
}
