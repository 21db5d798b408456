package io.autoposter.server.publish;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The error codes a reconnect of the account fixes (access expired, revoked or missing a
 * permission): the platform refused before anything was published, so such a target is safe to send
 * again once the account is reconnected.
 */
public final class ReconnectFixes {
  private static final Set<String> CODES =
      Arrays.stream(PlatformError.values())
          .filter(e -> e.fix() == io.autoposter.model.outcome.FixAction.RECONNECT_ACCOUNT)
          .map(Enum::name)
          .collect(Collectors.toUnmodifiableSet());

  private ReconnectFixes() {}

  /** The codes, such as {@code TOKEN_EXPIRED}. */
  public static Set<String> codes() {
    return CODES;
  }
}
