package io.autoposter.desktop.signin;

import io.autoposter.desktop.storage.SavedSession;
import io.autoposter.desktop.sync.SignInException;

/** Signs in against a server; blocking (network). */
@FunctionalInterface
public interface SignInAction {

  SavedSession signIn(String serverUrl, String email, String password) throws SignInException;
}
