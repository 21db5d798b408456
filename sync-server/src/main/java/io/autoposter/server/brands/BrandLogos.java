package io.autoposter.server.brands;

import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.server.access.Access;
import io.autoposter.server.access.Caller;
import io.autoposter.server.access.ClientOrigin;
import io.autoposter.server.api.ProblemException;
import io.autoposter.server.store.Database;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;

/**
 * Brand logos: PNG or JPEG recognised by their magic bytes (never by the declared content type), at
 * most 512 KiB, stored in the database and named by their SHA-256 in the brand.
 */
public final class BrandLogos {
  static final int MAX_BYTES = 512 * 1024;
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

  private final Database database;
  private final Clock clock;
  private final Brands brands;
  private final BrandLogoRepository logos = new BrandLogoRepository();

  public BrandLogos(Database database, Clock clock, Brands brands) {
    this.database = database;
    this.clock = clock;
    this.brands = brands;
  }

  record Image(String contentType, byte[] bytes) {}

  Brand put(Caller caller, BrandId id, byte[] bytes, ClientOrigin origin) {
    Access.requireBrand(caller, id);
    if (bytes.length > MAX_BYTES) {
      throw new ProblemException(
          413, "PAYLOAD_TOO_LARGE", "The logo is too large", "A logo may have at most 512 KiB.");
    }
    String type = contentType(bytes);
    String sha256 = sha256(bytes);
    return database.inTransaction(
        tx -> {
          brands.find(tx, caller.agencyId(), id);
          logos.put(tx, id, new BrandLogoRepository.Logo(type, bytes), clock.instant());
          return brands.withLogo(tx, caller, id, sha256, origin);
        });
  }

  Image get(Caller caller, BrandId id) {
    Access.requireBrand(caller, id);
    return database.inTransaction(
        tx -> {
          brands.find(tx, caller.agencyId(), id);
          return logos
              .find(tx, id)
              .map(logo -> new Image(logo.contentType(), logo.bytes()))
              .orElseThrow(() -> ProblemException.notFound("This brand has no logo."));
        });
  }

  Brand delete(Caller caller, BrandId id, ClientOrigin origin) {
    Access.requireBrand(caller, id);
    return database.inTransaction(
        tx -> {
          brands.find(tx, caller.agencyId(), id);
          logos.delete(tx, id);
          return brands.withLogo(tx, caller, id, null, origin);
        });
  }

  static String contentType(byte[] bytes) {
    if (startsWith(bytes, PNG)) {
      return "image/png";
    }
    if (startsWith(bytes, JPEG)) {
      return "image/jpeg";
    }
    throw new ProblemException(
        415,
        "UNSUPPORTED_MEDIA_TYPE",
        "Not a PNG or JPEG image",
        "Upload the logo as a PNG or JPEG image.");
  }

  private static boolean startsWith(byte[] bytes, byte[] magic) {
    if (bytes.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (bytes[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
