package io.autoposter.desktop.workspace;

import io.autoposter.model.Network;
import io.autoposter.model.api.TokenHealth;
import io.autoposter.model.rules.Finding;
import io.autoposter.model.rules.Severity;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the composer says of the accounts a post would be published to, from their last known token
 * health: a broken account, or one whose access ends before the post is due.
 *
 * <p>Both are errors: the server would try to publish with a token the platform no longer accepts,
 * so the post would fail. An error blocks only scheduling; the draft still saves (by hand and by
 * autosave), so nothing typed is lost while someone reconnects the account.
 *
 * <p>A chosen network with no account of the brand at all is a warning: the post would fail at its
 * time with "not connected", but someone may well connect the account before then. It is said only
 * once the server has listed the brand's accounts on this computer.
 */
final class AccountFindings {

  static final String NEEDS_RECONNECTING = "ACCOUNT_NEEDS_RECONNECTING";
  static final String ACCESS_ENDS_BEFORE_DUE = "ACCOUNT_ACCESS_ENDS_BEFORE_DUE";
  static final String NOT_CONNECTED = "ACCOUNT_NOT_CONNECTED";

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter DAY_AND_TIME =
      DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", Locale.ENGLISH);

  private AccountFindings() {}

  /**
   * @param health the brand's accounts as last heard of
   * @param due when the post is due; null for a draft without a time, which only hears of broken
   *     accounts
   * @param zone the brand's zone, the dates are written in
   */
  static List<Finding> of(
      List<TokenHealth> health, Set<Network> chosen, Instant due, ZoneId zone, boolean listed) {
    List<Finding> found = new ArrayList<>();
    health.stream()
        .filter(h -> chosen.contains(h.network()))
        .sorted(
            Comparator.comparing(TokenHealth::network)
                .thenComparing(TokenHealth::displayName, String.CASE_INSENSITIVE_ORDER))
        .forEach(
            h -> {
              if (h.state() == TokenHealth.State.BROKEN) {
                found.add(broken(h));
              } else if (due != null && h.reconnectBy() != null && !h.reconnectBy().isAfter(due)) {
                found.add(endsBeforeDue(h, due, zone));
              }
            });
    if (listed) {
      chosen.stream()
          .filter(n -> n != Network.SANDBOX) // a test network, not a platform to connect
          .filter(n -> health.stream().noneMatch(h -> h.network() == n))
          .sorted()
          .map(AccountFindings::notConnected)
          .forEach(found::add);
    }
    return found;
  }

  private static Finding notConnected(Network network) {
    return new Finding(
        network,
        Severity.WARNING,
        NOT_CONNECTED,
        "%s is not connected for this brand, so the post would fail at its time. Connect %s in Accounts."
            .formatted(network.displayName(), network.displayName()));
  }

  private static Finding broken(TokenHealth h) {
    String reason =
        h.reason() == null || h.reason().isBlank()
            ? "The platform no longer accepts its sign-in."
            : sentence(h.reason().strip());
    return new Finding(
        h.network(),
        Severity.ERROR,
        NEEDS_RECONNECTING,
        "The %s account %s needs reconnecting. %s Reconnect it in Accounts."
            .formatted(h.network().displayName(), h.displayName(), reason));
  }

  private static Finding endsBeforeDue(TokenHealth h, Instant due, ZoneId zone) {
    ZonedDateTime ends = h.reconnectBy().atZone(zone);
    // The same day as the post: the day alone would not say which comes first.
    boolean sameDay = ends.toLocalDate().equals(due.atZone(zone).toLocalDate());
    return new Finding(
        h.network(),
        Severity.ERROR,
        ACCESS_ENDS_BEFORE_DUE,
        "Access to %s account %s ends on %s, before this post is due. Reconnect it in Accounts."
            .formatted(
                h.network().displayName(),
                h.displayName(),
                (sameDay ? DAY_AND_TIME : DAY).format(ends)));
  }

  /** The platform's reason as a sentence of its own, however it ends. */
  private static String sentence(String text) {
    return text.endsWith(".") || text.endsWith("!") || text.endsWith("?") ? text : text + ".";
  }
}
