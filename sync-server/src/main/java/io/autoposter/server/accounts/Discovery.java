package io.autoposter.server.accounts;

import io.autoposter.model.Network;
import io.autoposter.server.vault.SecretToken;
import io.autoposter.server.vault.TokenKind;
import java.time.Instant;
import java.util.List;

/** What one consent found: the accounts the person may attach, each with its tokens. */
record Discovery(List<Found> accounts) {
  Discovery {
    accounts = List.copyOf(accounts);
  }

  /**
   * One account on the platform.
   *
   * @param externalId the platform's id (page id, Instagram user id, organization urn, X user id)
   * @param accessExpiresAt when the access token ends (null: it does not)
   * @param reconnectBy when access ends unless someone reconnects (null: refreshed or never ends)
   * @param problem a curated reason the account cannot be published to (null: none)
   */
  record Found(
      Network network,
      String externalId,
      String displayName,
      List<FoundToken> tokens,
      Instant accessExpiresAt,
      Instant reconnectBy,
      String problem,
      String fix) {
    Found {
      tokens = List.copyOf(tokens);
    }

    @Override
    public String toString() {
      return "Found[%s %s %s, %d token(s)]"
          .formatted(network, externalId, displayName, tokens.size());
    }
  }

  /** A token to put in the vault; {@link SecretToken} keeps it out of logs. */
  record FoundToken(TokenKind kind, SecretToken token, Instant expiresAt) {}
}
