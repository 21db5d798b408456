package io.autoposter.simulator.state;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Codes waiting to be exchanged. Each can be redeemed once; later tries learn it was used. */
public final class AuthorizationCodes {
  /** Codes older than this are refused, like the platforms' ten-minute (or shorter) windows. */
  public static final Duration LIFETIME = Duration.ofMinutes(10);

  private static final SecureRandom RANDOM = new SecureRandom();

  private final ConcurrentHashMap<String, AuthorizationCode> waiting = new ConcurrentHashMap<>();
  private final Set<String> used = ConcurrentHashMap.newKeySet();
  private final Clock clock;

  public AuthorizationCodes(Clock clock) {
    this.clock = clock;
  }

  public AuthorizationCode issue(
      SimulatedNetwork network,
      String clientId,
      String redirectUri,
      String subject,
      Set<String> scopes,
      Set<String> declined,
      Optional<String> codeChallenge,
      String challengeMethod) {
    byte[] bytes = new byte[20];
    RANDOM.nextBytes(bytes);
    String code =
        network == SimulatedNetwork.FACEBOOK
            ? "AQ" + HexFormat.of().formatHex(bytes)
            : Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    AuthorizationCode issued =
        new AuthorizationCode(
            code,
            network,
            clientId,
            redirectUri,
            subject,
            scopes,
            declined,
            codeChallenge,
            challengeMethod,
            clock.instant());
    waiting.put(code, issued);
    return issued;
  }

  /** What redeeming a code found. */
  public sealed interface Redemption {
    record Redeemed(AuthorizationCode code) implements Redemption {}

    record AlreadyUsed() implements Redemption {}

    record Invalid() implements Redemption {}
  }

  /**
   * Takes the code out, once. The caller still checks client, redirect URI and verifier: a code
   * presented with wrong ones is spent too, as on the platforms.
   */
  public Redemption redeem(String code) {
    if (code == null) {
      return new Redemption.Invalid();
    }
    AuthorizationCode found = waiting.remove(code);
    if (found == null) {
      return used.contains(code) ? new Redemption.AlreadyUsed() : new Redemption.Invalid();
    }
    used.add(code);
    if (clock.instant().isAfter(found.issuedAt().plus(LIFETIME))) {
      return new Redemption.Invalid();
    }
    return new Redemption.Redeemed(found);
  }

  public void clear() {
    waiting.clear();
    used.clear();
  }
}
