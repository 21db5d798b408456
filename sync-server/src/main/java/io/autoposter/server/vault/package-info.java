/**
 * The token vault (issue 6, ADR 0013, {@code docs/token-vault.md}): OAuth tokens of connected
 * accounts encrypted with Tink AEAD (AES-256-GCM), each ciphertext bound by associated data to its
 * agency, account, network and token kind. The Tink keyset lives in the database encrypted under a
 * master key that comes from a file or the environment (demo mode creates one), so every server
 * instance shares it; keys rotate without downtime in four steps ({@code vault add-key}, {@code
 * promote}, {@code reencrypt}, {@code retire}). Tink is used in this package only.
 *
 * <p>Public: {@link io.autoposter.server.vault.TokenVault} (store, read, delete), {@link
 * io.autoposter.server.vault.SecretToken}, {@link io.autoposter.server.vault.TokenKind}, {@link
 * io.autoposter.server.vault.VaultSettings}, {@link io.autoposter.server.vault.VaultException} and
 * {@link io.autoposter.server.vault.VaultCommand} (the {@code vault} command line).
 */
package io.autoposter.server.vault;
