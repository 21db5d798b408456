package io.autoposter.desktop.ui;

import io.autoposter.desktop.sync.ApiException;
import io.autoposter.desktop.sync.ServerUnreachableException;
import java.time.Duration;
import java.util.Optional;

/** Turns failed server calls into sentences an agency user can act on. */
public final class ServerErrors {

  /** The calm line admin screens show when the server cannot be reached. */
  public static final String NEEDS_CONNECTION =
      "These settings need a connection to the server. Your posts keep working offline.";

  private ServerErrors() {}

  public static boolean isUnreachable(Throwable failure) {
    return failure instanceof ServerUnreachableException;
  }

  public static String describe(Throwable failure) {
    if (failure instanceof ServerUnreachableException) {
      return NEEDS_CONNECTION;
    }
    if (failure instanceof ApiException e) {
      return switch (e.code()) {
        case "LAST_OWNER" ->
            "An agency needs at least one owner. Make someone else an owner first.";
        case "ALREADY_MEMBER" -> "That person is already a member of this agency.";
        case "TWO_FACTOR_REQUIRED_BY_AGENCY" ->
            "Your agency requires two-factor for your role, so it can't be turned off.";
        case "TWO_FACTOR_ENROLLMENT_REQUIRED" ->
            "Your agency requires two-factor sign-in. Set it up on the Account screen first.";
        case "INVALID_ONE_TIME_CODE" ->
            "That code didn't work. Enter the newest code from your authenticator app.";
        case "RATE_LIMITED" -> tooManyAttempts(e.retryAfter());
        default ->
            e.status() == 403
                ? "You don't have permission to do that. Ask an owner or admin of your agency."
                : e.status() == 401
                    ? "Your session has ended — sign out and sign in again."
                    : e.getMessage() + " (" + e.code() + ")";
      };
    }
    return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
  }

  static String tooManyAttempts(Optional<Duration> retryAfter) {
    long seconds = retryAfter.map(Duration::toSeconds).orElse(0L);
    if (seconds <= 0) {
      return "Too many attempts — try again in a few minutes.";
    }
    if (seconds < 60) {
      return "Too many attempts — try again in " + seconds + " seconds.";
    }
    long minutes = (seconds + 59) / 60;
    return "Too many attempts — try again in "
        + minutes
        + (minutes == 1 ? " minute." : " minutes.");
  }
}
