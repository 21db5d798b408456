package io.autoposter.server.publish;

import io.autoposter.model.AgencyId;

/**
 * Public, expiring URLs of an agency's media, for platforms that fetch pictures themselves
 * (Instagram). Wired in {@code app} from the server's public URL and {@code media.MediaLinks}.
 */
@FunctionalInterface
public interface MediaUrls {
  String of(AgencyId agency, String sha256);
}
