package io.autoposter.desktop.signin;

import io.autoposter.desktop.sync.ServerUnreachableException;
import io.autoposter.desktop.sync.SignInException;
import java.time.Duration;
import java.util.Optional;

/** The sign-in screen's sentences for what went wrong. */
final class SignInMessages {

  static final String RESET_SENT =
      "If that address has an account, we sent a link to reset the password. It is valid for 30"
          + " minutes.";

  private SignInMessages() {}

  static String forSignIn(Throwable failure, String url) {
    if (failure instanceof SignInException e) {
      return switch (e.reason()) {
        case INVALID_CREDENTIALS ->
            "That e-mail and password don't match. Check both and try again.";
        case TWO_FACTOR_REQUIRED -> "Enter the code from your authenticator app.";
        case INVALID_ONE_TIME_CODE ->
            "That code didn't work. Codes change every 30 seconds — enter the newest one, or use"
                + " an unused recovery code.";
        case RATE_LIMITED -> tooManyAttempts(e.retryAfter());
        case UNREACHABLE ->
            "Can't reach the server at " + url + ". Check the address and your connection.";
        case INVALID_URL ->
            "\""
                + url
                + "\" is not a server address. It should look like https://autoposter.example.com";
        case SERVER_ERROR -> "The server couldn't sign you in: " + e.getMessage();
      };
    }
    return "Something went wrong while signing in: " + describe(failure);
  }

  static String forReset(Throwable failure, String url) {
    if (failure instanceof ServerUnreachableException
        || failure instanceof IllegalArgumentException) {
      return "Can't reach the server at " + url + ". Check the address and your connection.";
    }
    if (failure instanceof io.autoposter.desktop.sync.ApiException e && e.status() == 429) {
      return tooManyAttempts(e.retryAfter());
    }
    return "The reset link couldn't be requested: " + describe(failure);
  }

  /** "Too many attempts — try again in 2 minutes", rounding up to whole minutes past a minute. */
  static String tooManyAttempts(Optional<Duration> retryAfter) {
    if (retryAfter.isEmpty()) {
      return "Too many attempts — try again in a few minutes.";
    }
    long seconds = Math.max(1, retryAfter.get().toSeconds());
    if (seconds < 60) {
      return "Too many attempts — try again in "
          + seconds
          + (seconds == 1 ? " second." : " seconds.");
    }
    long minutes = (seconds + 59) / 60;
    return "Too many attempts — try again in "
        + minutes
        + (minutes == 1 ? " minute." : " minutes.");
  }

  private static String describe(Throwable failure) {
    return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
  }
}
