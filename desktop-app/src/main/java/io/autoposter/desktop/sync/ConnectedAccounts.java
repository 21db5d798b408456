package io.autoposter.desktop.sync;

import io.autoposter.model.BrandId;
import io.autoposter.model.Network;
import io.autoposter.model.SocialAccountId;
import io.autoposter.model.api.AccountDisconnected;
import io.autoposter.model.api.ConnectAccountRequest;
import io.autoposter.model.api.ConnectAccountStart;
import io.autoposter.model.api.ConnectSandboxRequest;
import io.autoposter.model.api.RetryReport;
import io.autoposter.model.api.SocialAccount;
import io.autoposter.model.api.TokenHealth;
import java.util.List;

/**
 * The social accounts the agency's brands publish to, straight from the server (the caller sees the
 * brands it may see). Tokens never leave the server: an account here is its id, brand, network and
 * display name, and its health.
 */
public final class ConnectedAccounts {

  private final ServerClient client;
  private final ConnectedAccountsApi api;

  ConnectedAccounts(ServerClient client, ConnectedAccountsApi api) {
    this.client = client;
    this.api = api;
  }

  public List<SocialAccount> list() throws ServerCallException {
    return client.call(api.list());
  }

  /** Whether each account's sign-in still works, and until when. */
  public List<TokenHealth> tokenHealth() throws ServerCallException {
    return client.call(api.tokenHealth());
  }

  /** Asks the server to check every account at its platform now (throttled there), then health. */
  public List<TokenHealth> checkTokenHealth() throws ServerCallException {
    return client.call(api.checkTokenHealth());
  }

  /** Connects a sandbox account (no OAuth) named {@code name} to {@code brand}. */
  public SocialAccount connectSandbox(BrandId brand, String name) throws ServerCallException {
    return client.call(api.connectSandbox(new ConnectSandboxRequest(brand, name)));
  }

  /** Starts an OAuth connection: the address to open in the system browser. */
  public ConnectAccountStart startConnect(BrandId brand, Network network)
      throws ServerCallException {
    return client.call(api.connect(new ConnectAccountRequest(brand, network)));
  }

  /**
   * After a reconnect: sends again every post that failed on {@code account} for a reason the
   * reconnect fixes (nothing of it was published), and says which it could not.
   */
  public RetryReport retryFailed(SocialAccountId account) throws ServerCallException {
    return client.call(api.retryFailed(account.toString()));
  }

  /** Disconnects: the server revokes the platform's grant where it can and deletes the tokens. */
  public AccountDisconnected disconnect(SocialAccountId account) throws ServerCallException {
    return client.call(api.disconnect(account.toString()));
  }
}
