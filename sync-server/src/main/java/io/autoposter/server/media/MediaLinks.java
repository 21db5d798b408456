package io.autoposter.server.media;

import io.autoposter.model.AgencyId;
import io.autoposter.server.store.Database;
import io.autoposter.server.store.DuplicateKeyException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed, expiring links to one agency's media, for platforms that fetch pictures themselves
 * (Instagram's {@code image_url}): {@code /media/public/{agency}/{sha256}?expires=…&signature=…},
 * HMAC-SHA256 over agency, hash and expiry with a key all instances share. Anyone holding a link
 * can fetch that one picture until it expires, nothing else.
 */
public final class MediaLinks {
  static final String PATH = "/media/public";
  private static final String KEY_NAME = "media-links";

  private final Clock clock;
  private final byte[] key;

  private MediaLinks(Clock clock, byte[] key) {
    this.clock = clock;
    this.key = key;
  }

  /** Loads the shared key, making it on the very first start. */
  public static MediaLinks open(Database database, Clock clock) {
    ServerSecretRepository secrets = new ServerSecretRepository();
    byte[] key;
    try {
      key = database.inTransaction(tx -> secrets.getOrCreate(tx, KEY_NAME, clock.instant()));
    } catch (DuplicateKeyException e) {
      key = database.inTransaction(tx -> secrets.getOrCreate(tx, KEY_NAME, clock.instant()));
    }
    return new MediaLinks(clock, key);
  }

  /** The path and query of a link to the media that works for {@code lifetime}. */
  public String path(AgencyId agency, String sha256, Duration lifetime) {
    long expires = clock.instant().plus(lifetime).getEpochSecond();
    return PATH
        + "/"
        + agency
        + "/"
        + sha256
        + "?expires="
        + expires
        + "&signature="
        + signature(agency, sha256, expires);
  }

  /** True when the link was made here for exactly this media and has not expired. */
  boolean valid(AgencyId agency, String sha256, long expires, String signature) {
    if (Instant.ofEpochSecond(expires).isBefore(clock.instant())) {
      return false;
    }
    byte[] expected = signature(agency, sha256, expires).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
  }

  private String signature(AgencyId agency, String sha256, long expires) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] tag =
          mac.doFinal((agency + "|" + sha256 + "|" + expires).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(tag);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing", e);
    }
  }
}
