package io.autoposter.model.api;

import io.autoposter.model.SocialAccountId;

/**
 * The answer of {@code DELETE /api/v1/accounts/{id}}: our tokens and the account are always gone;
 * {@code revokedAtPlatform} says whether the platform confirmed the revoke (false also while
 * another account of the same sign-in keeps it), and {@code message} says so in words.
 */
public record AccountDisconnected(
    SocialAccountId accountId, boolean revokedAtPlatform, int tokensDeleted, String message) {}
