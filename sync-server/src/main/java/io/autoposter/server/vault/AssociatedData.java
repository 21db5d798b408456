package io.autoposter.server.vault;

import io.autoposter.model.AgencyId;
import io.autoposter.model.Network;
import io.autoposter.model.SocialAccountId;
import java.nio.charset.StandardCharsets;

/**
 * The associated data of a token ciphertext: agency | account | network | kind. AEAD decryption
 * fails unless every part matches, so a ciphertext copied to another row (another agency, account,
 * network or kind) is useless. UUIDs and enum names hold no {@code |}, so the text is unambiguous.
 */
final class AssociatedData {
  private AssociatedData() {}

  static byte[] of(AgencyId agency, SocialAccountId account, Network network, TokenKind kind) {
    return ("autoposter|token|v1|"
            + agency.value()
            + "|"
            + account.value()
            + "|"
            + network.name()
            + "|"
            + kind.name())
        .getBytes(StandardCharsets.UTF_8);
  }

  static byte[] of(TokenRepository.EncryptedRow row) {
    return of(row.agency(), row.account(), row.network(), row.kind());
  }
}
