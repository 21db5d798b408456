package io.autoposter.model.api;

import io.autoposter.model.BrandId;
import io.autoposter.model.Network;

/**
 * Starts connecting a brand to a network by OAuth: Facebook (its pages and their Instagram business
 * accounts), LinkedIn (the organizations the member administers) or X.
 */
public record ConnectAccountRequest(BrandId brandId, Network network) {}
