package io.autoposter.model.api;

/**
 * Signs in; {@code deviceName} labels the session in the user's list of devices. {@code
 * oneTimeCode} is the second factor — a 6-digit TOTP code or a recovery code — sent after the
 * server answered {@code 401 TWO_FACTOR_REQUIRED}; null on the first attempt.
 */
public record SignInRequest(String email, String password, String deviceName, String oneTimeCode) {

  public SignInRequest(String email, String password, String deviceName) {
    this(email, password, deviceName, null);
  }

  @Override
  public String toString() {
    return "SignInRequest[email=%s, deviceName=%s]".formatted(email, deviceName);
  }
}
