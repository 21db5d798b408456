package io.autoposter.model.sync;

import io.autoposter.model.Brand;
import java.util.Objects;

/** The brand as the server now holds it. */
public record BrandChanged(long version, Brand brand) implements Change {

  public BrandChanged {
    Objects.requireNonNull(brand, "brand");
  }
}
