package io.autoposter.desktop.signin;

import io.autoposter.desktop.storage.SavedSession;
import io.autoposter.desktop.sync.SignInException;

/** Signs in against a server; blocking (network). {@code oneTimeCode} is null at first. */
@FunctionalInterface
public interface SignInAction {

  SavedSession signIn(String serverUrl, String email, String password, String oneTimeCode)
      throws SignInException;
}
