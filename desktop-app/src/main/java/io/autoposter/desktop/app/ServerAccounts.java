package io.autoposter.desktop.app;

import io.autoposter.desktop.accounts.AccountsServer;
import io.autoposter.desktop.sync.ConnectedAccounts;
import io.autoposter.model.BrandId;
import io.autoposter.model.Network;
import io.autoposter.model.SocialAccountId;
import io.autoposter.model.api.AccountDisconnected;
import io.autoposter.model.api.ConnectAccountStart;
import io.autoposter.model.api.RetryReport;
import io.autoposter.model.api.SocialAccount;
import io.autoposter.model.api.TokenHealth;
import java.util.List;

/** The Accounts screen's server, over the sync client's {@link ConnectedAccounts}. */
record ServerAccounts(ConnectedAccounts accounts) implements AccountsServer {

  @Override
  public List<SocialAccount> connected() throws Exception {
    return accounts.list();
  }

  @Override
  public List<TokenHealth> health() throws Exception {
    return accounts.tokenHealth();
  }

  @Override
  public List<TokenHealth> checkHealth() throws Exception {
    return accounts.checkTokenHealth();
  }

  @Override
  public SocialAccount connectSandbox(BrandId brand, String name) throws Exception {
    return accounts.connectSandbox(brand, name);
  }

  @Override
  public ConnectAccountStart startConnect(BrandId brand, Network network) throws Exception {
    return accounts.startConnect(brand, network);
  }

  @Override
  public AccountDisconnected disconnect(SocialAccountId account) throws Exception {
    return accounts.disconnect(account);
  }

  @Override
  public RetryReport retryFailed(SocialAccountId account) throws Exception {
    return accounts.retryFailed(account);
  }
}
