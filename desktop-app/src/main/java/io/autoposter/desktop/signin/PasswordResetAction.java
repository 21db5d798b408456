package io.autoposter.desktop.signin;

/** Asks the server to e-mail a password-reset link; blocking (network). */
@FunctionalInterface
public interface PasswordResetAction {

  void requestReset(String serverUrl, String email) throws Exception;
}
