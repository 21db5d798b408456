package io.autoposter.desktop.accounts;

import io.autoposter.model.BrandId;
import io.autoposter.model.Network;
import io.autoposter.model.SocialAccountId;
import io.autoposter.model.api.AccountDisconnected;
import io.autoposter.model.api.ConnectAccountStart;
import io.autoposter.model.api.RetryReport;
import io.autoposter.model.api.SocialAccount;
import io.autoposter.model.api.TokenHealth;
import java.util.List;

/** What the Accounts screen asks of the server; the app wires it to the sync client. */
public interface AccountsServer {

  List<SocialAccount> connected() throws Exception;

  /** Each account's health; an older server without the route may fail, then none is shown. */
  List<TokenHealth> health() throws Exception;

  /** Has the server check every account at its platform now; the fresh health. */
  List<TokenHealth> checkHealth() throws Exception;

  SocialAccount connectSandbox(BrandId brand, String name) throws Exception;

  ConnectAccountStart startConnect(BrandId brand, Network network) throws Exception;

  /** The server's answer says whether the platform revoked, in words a person reads. */
  AccountDisconnected disconnect(SocialAccountId account) throws Exception;

  /** Publishes again what a broken sign-in of {@code account} stopped (after a reconnect). */
  RetryReport retryFailed(SocialAccountId account) throws Exception;
}
