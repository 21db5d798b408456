package io.autoposter.server.brands;

import io.autoposter.model.BrandId;
import io.autoposter.server.store.Transaction;
import java.time.Instant;
import java.util.Optional;

/** brand_logos: the image bytes, at most one per brand. Callers check the agency first. */
final class BrandLogoRepository {

  record Logo(String contentType, byte[] bytes) {}

  Optional<Logo> find(Transaction tx, BrandId brand) {
    return tx.one(
        "SELECT content_type, bytes FROM brand_logos WHERE brand_id = ?",
        row -> new Logo(row.getString(1), row.getBytes(2)),
        brand.value());
  }

  void put(Transaction tx, BrandId brand, Logo logo, Instant now) {
    delete(tx, brand);
    tx.update(
        "INSERT INTO brand_logos (brand_id, content_type, bytes, updated_at) VALUES (?, ?, ?, ?)",
        brand.value(),
        logo.contentType(),
        logo.bytes(),
        now);
  }

  void delete(Transaction tx, BrandId brand) {
    tx.update("DELETE FROM brand_logos WHERE brand_id = ?", brand.value());
  }
}
