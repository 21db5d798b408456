package io.autoposter.model.api;

import io.autoposter.model.BrandId;
import io.autoposter.model.Network;
import io.autoposter.model.SocialAccountId;

/** A social account connected to a brand. Tokens never leave the server. */
public record SocialAccount(
    SocialAccountId id, BrandId brandId, Network network, String displayName) {}
