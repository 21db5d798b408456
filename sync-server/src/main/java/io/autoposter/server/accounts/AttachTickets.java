package io.autoposter.server.accounts;

import io.autoposter.model.AgencyId;
import io.autoposter.model.BrandId;
import io.autoposter.model.Network;
import io.autoposter.model.UserId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a callback discovered, waiting for the person to pick accounts on the result page. Kept in
 * memory only (never written anywhere, so the discovered tokens never rest unencrypted), one-time
 * and for 10 minutes; the ticket in the form's URL is the CSRF guard. A restart, or an attach that
 * lands on another instance, forgets it: the page then says to start again from the app.
 */
final class AttachTickets {
  static final Duration LIFETIME = Duration.ofMinutes(10);
  private static final SecureRandom RANDOM = new SecureRandom();

  /** One pending attach. */
  record Ticket(
      AgencyId agency,
      UserId user,
      String userEmail,
      BrandId brand,
      String brandName,
      Network network,
      Discovery discovery,
      Instant expiresAt) {}

  private final Map<String, Ticket> tickets = new ConcurrentHashMap<>();
  private final Clock clock;

  AttachTickets(Clock clock) {
    this.clock = clock;
  }

  /** Keeps the ticket and returns its id (256 random bits). */
  String put(Ticket ticket) {
    Instant now = clock.instant();
    tickets.values().removeIf(t -> t.expiresAt().isBefore(now));
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    tickets.put(id, ticket);
    return id;
  }

  /** Takes the ticket away (exactly one caller gets it), unless it has expired. */
  Optional<Ticket> take(String id) {
    Ticket ticket = id == null ? null : tickets.remove(id);
    if (ticket == null || !clock.instant().isBefore(ticket.expiresAt())) {
      return Optional.empty();
    }
    return Optional.of(ticket);
  }
}
