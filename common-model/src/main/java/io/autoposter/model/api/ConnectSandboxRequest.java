package io.autoposter.model.api;

import io.autoposter.model.BrandId;

/** Connects a sandbox account, which needs no OAuth, to a brand. */
public record ConnectSandboxRequest(BrandId brandId, String accountName) {}
