package io.autoposter.desktop.sync;

import io.autoposter.model.BrandId;
import io.autoposter.model.api.ConnectSandboxRequest;
import io.autoposter.model.api.SocialAccount;
import java.util.List;

/**
 * The social accounts the agency's brands publish to, straight from the server (the caller sees the
 * brands it may see). Tokens never leave the server: an account here is its id, brand, network and
 * display name.
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

  /** Connects a sandbox account (no OAuth) named {@code name} to {@code brand}. */
  public SocialAccount connectSandbox(BrandId brand, String name) throws ServerCallException {
    return client.call(api.connectSandbox(new ConnectSandboxRequest(brand, name)));
  }
}
