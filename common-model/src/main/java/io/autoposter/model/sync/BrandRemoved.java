package io.autoposter.model.sync;

import io.autoposter.model.BrandId;
import java.util.Objects;

/**
 * A tombstone: the brand was deleted, or the member lost access to it. Either way the device drops
 * the brand and its posts.
 */
public record BrandRemoved(long version, BrandId brandId) implements Change {

  public BrandRemoved {
    Objects.requireNonNull(brandId, "brandId");
  }
}
