package io.autoposter.server.accounts;

import io.autoposter.model.Network;
import io.autoposter.server.vault.SecretToken;
import io.autoposter.server.vault.TokenKind;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/** One platform's OAuth flow, discovery, refresh and revocation. */
sealed interface Connector permits FacebookConnector, LinkedInConnector, XConnector {

  /** The network a flow is started for (FACEBOOK also finds Instagram accounts). */
  Network network();

  PlatformSettings.App app();

  /** The platform's consent page for this flow. */
  URI authorizeUrl(String state, String codeChallenge, String redirectUri);

  /** Exchanges the code and discovers what the person may attach. */
  Discovery exchange(String code, String codeVerifier, String redirectUri, Instant now);

  /** Revokes at the platform; throws {@link PlatformException} when it refuses or is away. */
  void revoke(StoredTokens tokens);

  /**
   * Refreshes (X, LinkedIn) or re-checks (Facebook) an account's tokens; throws {@link
   * PlatformException} (with {@code tokenInvalid}) when the platform rejects them.
   */
  Checked check(Network accountNetwork, StoredTokens tokens, Instant now);

  /** An account's tokens read from the vault; any may be null. */
  record StoredTokens(SecretToken access, SecretToken refresh, SecretToken page) {
    SecretToken of(TokenKind kind) {
      return switch (kind) {
        case ACCESS -> access;
        case REFRESH -> refresh;
        case PAGE -> page;
      };
    }
  }

  /**
   * The outcome of a check: new tokens to store (in the same transaction), expiries and a curated
   * problem (null: none).
   */
  record Checked(
      List<Discovery.FoundToken> newTokens,
      Instant accessExpiresAt,
      Instant reconnectBy,
      String problem,
      String fix) {
    public Checked {
      newTokens = List.copyOf(newTokens);
    }
  }

  static Instant after(Instant now, long seconds) {
    return seconds > 0 ? now.plusSeconds(seconds) : null;
  }

  static String query(java.util.Map<String, String> values) {
    return PlatformHttp.encode(values);
  }
}
