package io.autoposter.server.accounts;

import io.autoposter.model.Brand;
import io.autoposter.model.Network;
import io.autoposter.model.SocialAccountId;
import io.autoposter.model.api.AuditAction;
import io.autoposter.model.api.ConnectAccountRequest;
import io.autoposter.model.api.ConnectAccountStart;
import io.autoposter.model.api.SocialAccount;
import io.autoposter.server.access.Access;
import io.autoposter.server.access.Caller;
import io.autoposter.server.access.ClientOrigin;
import io.autoposter.server.api.ProblemException;
import io.autoposter.server.audit.AuditEvent;
import io.autoposter.server.audit.AuditLog;
import io.autoposter.server.brands.BrandRepository;
import io.autoposter.server.store.Database;
import io.autoposter.server.vault.TokenVault;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The OAuth 2 authorization-code flow with PKCE S256: a one-time flow bound to agency, member,
 * brand and network; the browser's start, the platform's callback and the attach of the accounts
 * the person picked. See docs/oauth-connect.md.
 */
final class OAuthConnect {
  static final Duration FLOW_LIFETIME = Duration.ofMinutes(10);
  private static final String AGAIN = " Start again from the Autoposter app.";

  private final Database database;
  private final Clock clock;
  private final Supplier<String> publicUrl;
  private final Connectors connectors;
  private final TokenVault vault;
  private final AuditLog audit;
  private final AttachTickets tickets;
  private final Runnable accountsChanged;
  private final OAuthFlowRepository flows = new OAuthFlowRepository();
  private final ConnectedAccountRepository accounts = new ConnectedAccountRepository();
  private final BrandRepository brands = new BrandRepository();

  OAuthConnect(
      Database database,
      Clock clock,
      Supplier<String> publicUrl,
      Connectors connectors,
      TokenVault vault,
      AuditLog audit,
      Runnable accountsChanged) {
    this.database = database;
    this.clock = clock;
    this.publicUrl = publicUrl;
    this.connectors = connectors;
    this.vault = vault;
    this.audit = audit;
    this.tickets = new AttachTickets(clock);
    this.accountsChanged = accountsChanged;
  }

  ConnectAccountStart connect(Caller caller, ConnectAccountRequest request) {
    if (request.brandId() == null) {
      throw ProblemException.validation("Choose the brand to connect the account to.");
    }
    Access.requireBrand(caller, request.brandId());
    // The brand first: another agency's brand is 404 whatever the network.
    database.inTransaction(
        tx ->
            brands
                .find(tx, caller.agencyId(), request.brandId())
                .orElseThrow(() -> ProblemException.notFound("There is no such brand.")));
    Connector connector = connectors.forFlow(request.network());
    Instant now = clock.instant();
    OAuthFlowRepository.Flow flow =
        new OAuthFlowRepository.Flow(
            UUID.randomUUID(),
            caller.agencyId(),
            caller.userId(),
            caller.email(),
            request.brandId(),
            connector.network(),
            OAuthSecrets.random(),
            redirectUri(connector.network()),
            now.plus(FLOW_LIFETIME),
            null);
    database.inTransaction(
        tx -> {
          flows.insert(tx, flow, now);
          return null;
        });
    return new ConnectAccountStart(
        URI.create(publicUrl.get() + "/oauth/start/" + flow.id()), flow.expiresAt());
  }

  /** Fixes the flow's one-time state and answers the platform's consent URL. */
  URI start(String flowId) {
    UUID id = uuid(flowId);
    String state = OAuthSecrets.random();
    Instant now = clock.instant();
    OAuthFlowRepository.Flow flow =
        database.inTransaction(
            tx -> {
              if (id == null || !flows.start(tx, id, OAuthSecrets.hash(state), now)) {
                throw new FlowException(
                    "This link no longer works",
                    "This sign-in link was already used or has expired (links work once, for 10"
                        + " minutes)."
                        + AGAIN);
              }
              return flows.find(tx, id).orElseThrow();
            });
    return connectors
        .forAccount(flow.network())
        .authorizeUrl(state, OAuthSecrets.challenge(flow.codeVerifier()), flow.redirectUri());
  }

  /** Consumes the state, exchanges the code, discovers the accounts; returns the attach ticket. */
  Pending callback(String networkName, String code, String state, String error) {
    Network network = network(networkName);
    Instant now = clock.instant();
    OAuthFlowRepository.Flow flow =
        database.inTransaction(
            tx -> {
              OAuthFlowRepository.Flow found =
                  state == null || state.isEmpty()
                      ? null
                      : flows.byState(tx, OAuthSecrets.hash(state)).orElse(null);
              if (found == null) {
                throw new FlowException(
                    "Unknown sign-in",
                    "This answer does not belong to a sign-in we started." + AGAIN);
              }
              if (!flows.consume(tx, found.id(), now)) {
                throw new FlowException(
                    "Already used", "This sign-in answer was already used once." + AGAIN);
              }
              return found;
            });
    if (!now.isBefore(flow.expiresAt())) {
      throw new FlowException(
          "Sign-in expired", "The sign-in took longer than 10 minutes." + AGAIN);
    }
    if (flow.network() != network) {
      throw new FlowException(
          "Wrong network",
          "This answer came back for another network than the one started." + AGAIN);
    }
    if (error != null && !error.isEmpty()) {
      throw new FlowException(
          "Not connected",
          "%s did not grant access (%s). Nothing was connected.%s"
              .formatted(network.displayName(), error, AGAIN));
    }
    if (code == null || code.isEmpty()) {
      throw new FlowException("Not connected", "The platform sent no code." + AGAIN);
    }
    Discovery discovery;
    try {
      discovery =
          connectors
              .forAccount(network)
              .exchange(code, flow.codeVerifier(), flow.redirectUri(), now);
    } catch (PlatformException e) {
      throw new FlowException("Not connected", e.getMessage() + AGAIN);
    }
    String brandName =
        database.inTransaction(
            tx ->
                brands.find(tx, flow.agency(), flow.brand()).map(Brand::name).orElse("the brand"));
    AttachTickets.Ticket ticket =
        new AttachTickets.Ticket(
            flow.agency(),
            flow.user(),
            flow.userEmail(),
            flow.brand(),
            brandName,
            network,
            discovery,
            now.plus(AttachTickets.LIFETIME));
    return new Pending(tickets.put(ticket), ticket);
  }

  /** A discovery waiting on the result page. */
  record Pending(String ticketId, AttachTickets.Ticket ticket) {}

  /** Creates or updates the picked accounts and stores their tokens in the vault. */
  List<SocialAccount> attach(String ticketId, Set<String> picked, ClientOrigin origin) {
    AttachTickets.Ticket ticket =
        tickets
            .take(ticketId)
            .orElseThrow(
                () ->
                    new FlowException(
                        "This page has expired",
                        "Accounts can be attached once, within 10 minutes of signing in." + AGAIN));
    Instant now = clock.instant();
    List<SocialAccount> attached =
        database.inTransaction(
            tx -> {
              if (!flows.mayStillConnect(tx, ticket.agency(), ticket.user())) {
                throw new FlowException(
                    "Not allowed any more",
                    "Your role in the agency no longer allows connecting accounts, so nothing was"
                        + " connected. Ask an owner or admin of the agency.");
              }
              brands
                  .find(tx, ticket.agency(), ticket.brand())
                  .orElseThrow(
                      () -> new FlowException("Brand removed", "The brand no longer exists."));
              List<SocialAccount> done = new ArrayList<>();
              for (Discovery.Found found : ticket.discovery().accounts()) {
                if (!picked.contains(key(found))) {
                  continue;
                }
                SocialAccountId id =
                    accounts.upsert(
                        tx,
                        ticket.agency(),
                        ticket.brand(),
                        found,
                        TokenRefresher.nextCheck(
                            found.network(), found.accessExpiresAt(), found.problem(), now),
                        now);
                for (Discovery.FoundToken token : found.tokens()) {
                  vault.store(
                      tx,
                      ticket.agency(),
                      id,
                      found.network(),
                      token.kind(),
                      token.token(),
                      token.expiresAt());
                }
                done.add(
                    new SocialAccount(id, ticket.brand(), found.network(), found.displayName()));
              }
              return done;
            });
    for (SocialAccount account : attached) {
      audit.record(
          new AuditEvent(
              ticket.agency(),
              ticket.user(),
              ticket.userEmail(),
              AuditAction.ACCOUNT_CONNECTED,
              account.displayName(),
              account.network() + " for brand " + account.brandId(),
              origin));
    }
    accountsChanged.run();
    return attached;
  }

  /** The checkbox value of a discovered account. */
  static String key(Discovery.Found found) {
    return found.network().name() + ":" + found.externalId();
  }

  private String redirectUri(Network network) {
    return publicUrl.get() + "/oauth/callback/" + network.name().toLowerCase(Locale.ROOT);
  }

  private static Network network(String name) {
    try {
      return Network.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new FlowException("Unknown network", "There is no network '" + name + "'." + AGAIN);
    }
  }

  private static UUID uuid(String value) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
