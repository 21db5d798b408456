package io.autoposter.simulator.state;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * Every token issued, by value. Tests turn tokens bad with {@link #expire}, {@link #revoke}, {@link
 * #shorten} and {@link #dropScope}; {@code who} is a person id, a page id or an Instagram account
 * id (which stands for its page), or null for every token of the network.
 */
public final class Tokens {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final ConcurrentHashMap<String, IssuedToken> byValue = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Instant> firstConsents = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Seed seed;

  public Tokens(Clock clock, Seed seed) {
    this.clock = clock;
    this.seed = seed;
  }

  public Instant now() {
    return clock.instant();
  }

  /** A new token; {@code lifetime} null means it never expires. */
  public IssuedToken issue(
      SimulatedNetwork network,
      IssuedToken.Kind kind,
      String clientId,
      String subject,
      Optional<String> account,
      Set<String> scopes,
      Set<String> declined,
      Duration lifetime) {
    Instant now = now();
    Instant consent =
        firstConsents.computeIfAbsent(network.key() + "|" + clientId + "|" + subject, k -> now);
    IssuedToken token =
        new IssuedToken(
            prefix(network, kind) + random(),
            network,
            kind,
            clientId,
            subject,
            account,
            scopes,
            declined,
            now,
            Optional.ofNullable(lifetime).map(now::plus),
            IssuedToken.State.ACTIVE,
            consent);
    byValue.put(token.value(), token);
    return token;
  }

  /** Like {@link #issue} but with an exact expiry instant (LinkedIn's 365-day refresh bound). */
  public IssuedToken issueUntil(
      SimulatedNetwork network,
      IssuedToken.Kind kind,
      String clientId,
      String subject,
      Set<String> scopes,
      Instant expiresAt) {
    IssuedToken token =
        issue(network, kind, clientId, subject, Optional.empty(), scopes, Set.of(), null);
    IssuedToken bounded = token.withExpiry(Optional.of(expiresAt));
    byValue.put(bounded.value(), bounded);
    return bounded;
  }

  public Optional<IssuedToken> find(String value) {
    return value == null ? Optional.empty() : Optional.ofNullable(byValue.get(value));
  }

  /** Checks a token presented to {@code network}'s API as the given kind. */
  public TokenCheck check(String value, SimulatedNetwork network, IssuedToken.Kind kind) {
    Optional<IssuedToken> found = find(value);
    if (found.isEmpty()) {
      return new TokenCheck.Unknown(value == null || value.isBlank() ? "missing" : "unknown");
    }
    IssuedToken token = found.get();
    if (token.network() != network || token.kind() != kind) {
      return new TokenCheck.Unknown("wrong network or kind");
    }
    if (token.state() != IssuedToken.State.ACTIVE) {
      return new TokenCheck.Revoked(token);
    }
    if (token.expiredAt(now())) {
      return new TokenCheck.Expired(token);
    }
    return new TokenCheck.Valid(token);
  }

  /**
   * Spends an active, unexpired refresh token exactly once (X rotates them); a second call with the
   * same value, even concurrently, gets empty.
   */
  public Optional<IssuedToken> spend(String value, SimulatedNetwork network) {
    AtomicReference<IssuedToken> spent = new AtomicReference<>();
    Instant now = now();
    byValue.computeIfPresent(
        value,
        (k, t) -> {
          if (t.network() == network
              && t.kind() == IssuedToken.Kind.REFRESH
              && t.state() == IssuedToken.State.ACTIVE
              && !t.expiredAt(now)) {
            spent.set(t);
            return t.withState(IssuedToken.State.ROTATED);
          }
          return t;
        });
    return Optional.ofNullable(spent.get());
  }

  /** Revokes one token by value; true when it existed. */
  public boolean revokeValue(String value) {
    return byValue.computeIfPresent(value, (k, t) -> t.withState(IssuedToken.State.REVOKED))
        != null;
  }

  /** Revokes every token of a person (all their page tokens too) for one app. */
  public int revokeSubject(SimulatedNetwork network, String subject, String clientId) {
    return update(
        t -> t.network() == network && t.subject().equals(subject) && t.clientId().equals(clientId),
        t -> t.withState(IssuedToken.State.REVOKED));
  }

  /** Makes matching access tokens expire now (Graph answers 190/463 afterwards). */
  public int expire(SimulatedNetwork network, String who) {
    return shorten(network, who, IssuedToken.Kind.ACCESS, Duration.ZERO);
  }

  /** Revokes matching tokens of every kind (Graph 190/458, LinkedIn 65602, X 401). */
  public int revoke(SimulatedNetwork network, String who) {
    return update(matcher(network, who), t -> t.withState(IssuedToken.State.REVOKED));
  }

  /** Sets the remaining lifetime of matching tokens of a kind (null kind: both kinds). */
  public int shorten(
      SimulatedNetwork network, String who, IssuedToken.Kind kind, Duration remaining) {
    Instant at = now().plus(remaining);
    java.util.function.Predicate<IssuedToken> matches = matcher(network, who);
    return update(
        t -> matches.test(t) && (kind == null || t.kind() == kind),
        t -> t.withExpiry(Optional.of(at)));
  }

  /** Takes a permission away from matching tokens, as if the person unticked it. */
  public int dropScope(SimulatedNetwork network, String who, String scope) {
    return update(matcher(network, who), t -> t.withoutScope(scope));
  }

  /** Every token, oldest first, for the control API and tests. */
  public List<IssuedToken> all() {
    return byValue.values().stream().sorted(Comparator.comparing(IssuedToken::issuedAt)).toList();
  }

  public void clear() {
    byValue.clear();
    firstConsents.clear();
  }

  private int update(
      java.util.function.Predicate<IssuedToken> which, UnaryOperator<IssuedToken> change) {
    int changed = 0;
    for (IssuedToken token : byValue.values()) {
      if (which.test(token)) {
        byValue.computeIfPresent(token.value(), (k, t) -> change.apply(t));
        changed++;
      }
    }
    return changed;
  }

  private java.util.function.Predicate<IssuedToken> matcher(SimulatedNetwork network, String who) {
    SimulatedNetwork issuer =
        network == SimulatedNetwork.INSTAGRAM ? SimulatedNetwork.FACEBOOK : network;
    if (who == null || who.isBlank()) {
      return t -> t.network() == issuer;
    }
    String page = seed.pageOfInstagram(who).map(Seed.FacebookPage::id).orElse(who);
    boolean isPage = seed.page(page).isPresent();
    return t -> {
      if (t.network() != issuer) {
        return false;
      }
      if (t.subject().equals(who) || t.account().map(page::equals).orElse(false)) {
        return true;
      }
      // A page or Instagram account also stands for its manager's user tokens (ADR 0012 notes).
      return isPage && t.account().isEmpty() && t.subject().equals(seed.facebookUser().id());
    };
  }

  private static String prefix(SimulatedNetwork network, IssuedToken.Kind kind) {
    return switch (network) {
      case FACEBOOK, INSTAGRAM -> "EAAsim";
      case LINKEDIN -> kind == IssuedToken.Kind.ACCESS ? "AQVsim" : "AQXsim";
      case X -> kind == IssuedToken.Kind.ACCESS ? "xat-" : "xrt-";
    };
  }

  private static String random() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
