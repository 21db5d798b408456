package io.autoposter.server.sandbox;

import io.autoposter.model.AgencyId;
import io.autoposter.model.Brand;
import io.autoposter.model.Network;
import io.autoposter.model.SocialAccountId;
import io.autoposter.model.api.AuditAction;
import io.autoposter.model.api.ConnectSandboxRequest;
import io.autoposter.model.api.SandboxPost;
import io.autoposter.model.api.SocialAccount;
import io.autoposter.server.access.Access;
import io.autoposter.server.access.Caller;
import io.autoposter.server.access.ClientOrigin;
import io.autoposter.server.api.ProblemException;
import io.autoposter.server.audit.AuditEvent;
import io.autoposter.server.audit.AuditLog;
import io.autoposter.server.brands.BrandRepository;
import io.autoposter.server.store.Database;
import java.time.Clock;
import java.util.List;

/** Connecting accounts (only SANDBOX so far) and reading what the sandbox received. */
public final class SocialAccounts {
  private static final int MAX_NAME = 200;

  private final Database database;
  private final Clock clock;
  private final AuditLog audit;
  private final BrandRepository brands = new BrandRepository();
  private final SocialAccountRepository accounts = new SocialAccountRepository();
  private final SandboxPostRepository sandboxPosts = new SandboxPostRepository();

  public SocialAccounts(Database database, Clock clock, AuditLog audit) {
    this.database = database;
    this.clock = clock;
    this.audit = audit;
  }

  public SocialAccount connectSandbox(
      Caller caller, ConnectSandboxRequest request, ClientOrigin origin) {
    if (request.brandId() != null) {
      Access.requireBrand(caller, request.brandId());
    }
    SocialAccount account = connectSandbox(caller.agencyId(), request);
    audit.record(
        AuditEvent.by(
            caller,
            origin,
            AuditAction.ACCOUNT_CONNECTED,
            account.displayName(),
            account.network() + " for brand " + account.brandId()));
    return account;
  }

  /** Connects without an acting member (the demo seed). */
  public SocialAccount connectSandbox(AgencyId agency, ConnectSandboxRequest request) {
    if (request.brandId() == null) {
      throw ProblemException.validation("Choose the brand to connect the sandbox account to.");
    }
    return database.inTransaction(
        tx -> {
          Brand brand =
              brands
                  .find(tx, agency, request.brandId())
                  .orElseThrow(() -> ProblemException.notFound("There is no such brand."));
          SocialAccount account =
              new SocialAccount(
                  SocialAccountId.random(),
                  brand.id(),
                  Network.SANDBOX,
                  displayName(request.accountName(), brand));
          accounts.insert(tx, agency, account, clock.instant());
          return account;
        });
  }

  public List<SocialAccount> list(AgencyId agency) {
    return database.inTransaction(tx -> accounts.list(tx, agency));
  }

  /** The accounts of the brands the caller may see. */
  public List<SocialAccount> list(Caller caller) {
    return list(caller.agencyId()).stream()
        .filter(account -> caller.canSee(account.brandId()))
        .toList();
  }

  /** What the sandbox received for the brands the caller may see. */
  public List<SandboxPost> sandboxPosts(Caller caller) {
    return database.inTransaction(tx -> sandboxPosts.newestFirst(tx, caller.agencyId())).stream()
        .filter(post -> caller.canSee(post.brandId()))
        .toList();
  }

  private static String displayName(String requested, Brand brand) {
    String name =
        requested == null || requested.isBlank() ? brand.name() + " (sandbox)" : requested.strip();
    if (name.length() > MAX_NAME) {
      throw ProblemException.validation("The account name can have at most 200 characters.");
    }
    return name;
  }
}
