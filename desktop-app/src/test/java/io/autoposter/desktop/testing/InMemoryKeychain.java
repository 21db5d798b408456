package io.autoposter.desktop.testing;

import io.autoposter.desktop.storage.Keychain;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A keychain in a map; {@link #broken} makes every call fail like a locked keychain. */
public final class InMemoryKeychain implements Keychain {

  public final Map<String, String> entries = new ConcurrentHashMap<>();
  public volatile boolean broken;

  @Override
  public Optional<String> read(String account) throws KeychainException {
    check();
    return Optional.ofNullable(entries.get(account));
  }

  @Override
  public void write(String account, String secret) throws KeychainException {
    check();
    entries.put(account, secret);
  }

  @Override
  public void delete(String account) throws KeychainException {
    check();
    entries.remove(account);
  }

  private void check() throws KeychainException {
    if (broken) {
      throw new KeychainException("keychain locked", null);
    }
  }
}
