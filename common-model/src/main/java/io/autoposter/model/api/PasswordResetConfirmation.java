package io.autoposter.model.api;

/** Sets a new password with the one-time token from the reset e-mail; ends every session. */
public record PasswordResetConfirmation(String token, String newPassword) {

  @Override
  public String toString() {
    return "PasswordResetConfirmation[]";
  }
}
