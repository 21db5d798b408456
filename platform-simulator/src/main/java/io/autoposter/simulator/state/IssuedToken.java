package io.autoposter.simulator.state;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * An opaque token the simulator handed out. {@code subject} is the person (Facebook user, LinkedIn
 * member, X user); {@code account} narrows it to one page for a Facebook page token. {@code
 * declined} lists the permissions the person was asked for and did not grant. {@code firstConsent}
 * is when the person first consented to this app, which bounds LinkedIn refresh tokens.
 */
public record IssuedToken(
    String value,
    SimulatedNetwork network,
    Kind kind,
    String clientId,
    String subject,
    Optional<String> account,
    Set<String> scopes,
    Set<String> declined,
    Instant issuedAt,
    Optional<Instant> expiresAt,
    State state,
    Instant firstConsent) {

  /** Access tokens call the APIs; refresh tokens buy new access tokens. */
  public enum Kind {
    ACCESS,
    REFRESH
  }

  /** A rotated refresh token was spent on a refresh and must not be accepted again. */
  public enum State {
    ACTIVE,
    REVOKED,
    ROTATED
  }

  public IssuedToken {
    scopes = Set.copyOf(scopes);
    declined = Set.copyOf(declined);
  }

  public boolean expiredAt(Instant now) {
    return expiresAt.map(at -> !now.isBefore(at)).orElse(false);
  }

  public boolean hasScope(String scope) {
    return scopes.contains(scope);
  }

  /** Seconds until expiry, 0 when already expired; empty for a token that never expires. */
  public Optional<Long> secondsLeft(Instant now) {
    return expiresAt.map(at -> Math.max(0, at.getEpochSecond() - now.getEpochSecond()));
  }

  IssuedToken withState(State newState) {
    return new IssuedToken(
        value,
        network,
        kind,
        clientId,
        subject,
        account,
        scopes,
        declined,
        issuedAt,
        expiresAt,
        newState,
        firstConsent);
  }

  IssuedToken withExpiry(Optional<Instant> newExpiry) {
    return new IssuedToken(
        value,
        network,
        kind,
        clientId,
        subject,
        account,
        scopes,
        declined,
        issuedAt,
        newExpiry,
        state,
        firstConsent);
  }

  IssuedToken withoutScope(String scope) {
    java.util.Set<String> left = new java.util.HashSet<>(scopes);
    left.remove(scope);
    java.util.Set<String> nowDeclined = new java.util.HashSet<>(declined);
    nowDeclined.add(scope);
    return new IssuedToken(
        value,
        network,
        kind,
        clientId,
        subject,
        account,
        left,
        nowDeclined,
        issuedAt,
        expiresAt,
        state,
        firstConsent);
  }
}
