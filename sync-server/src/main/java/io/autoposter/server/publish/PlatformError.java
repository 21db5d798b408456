package io.autoposter.server.publish;

import io.autoposter.model.Network;
import io.autoposter.model.outcome.FixAction;

/**
 * The error catalogue (docs/publishing.md): every way publishing can fail, with a stable code (the
 * enum name, stored with the target), the words a person reads and the fix-it action the apps
 * offer. Platform answers are mapped to these by each publisher; the platform's own text is kept
 * only as detail.
 */
enum PlatformError {
  TOKEN_EXPIRED(
      "%s says Autoposter's access to %s has expired or was revoked.", FixAction.RECONNECT_ACCOUNT),
  PERMISSION_MISSING(
      "%s did not give Autoposter permission to publish to %s.", FixAction.RECONNECT_ACCOUNT),
  MEDIA_NOT_FETCHABLE("%s could not fetch the picture or video for %s.", FixAction.REPLACE_MEDIA),
  MEDIA_WRONG_RATIO(
      "%s refused the shape of the picture for %s (its width-to-height ratio).",
      FixAction.CROP_MEDIA),
  MEDIA_REJECTED("%s refused the picture or video for %s.", FixAction.REPLACE_MEDIA),
  TEXT_REJECTED("%s refused the text of the post for %s.", FixAction.EDIT_POST),
  DUPLICATE(
      "%s refused the post for %s because the same text was published there already.",
      FixAction.EDIT_POST),
  RATE_LIMITED(
      "%s asked Autoposter to slow down for %s; it tries again by itself.", FixAction.WAIT),
  QUOTA_EXCEEDED(
      "%s's daily publishing limit for %s is used up; it tries again by itself.", FixAction.WAIT),
  PLATFORM_OUTAGE(
      "%s is not answering properly for %s right now; it tries again by itself.", FixAction.WAIT),
  ACCOUNT_NOT_CONNECTED(
      "%s is not connected for this brand%s — connect it in Accounts.", FixAction.CONNECT_ACCOUNT),
  ACCOUNT_BROKEN(
      "%s needs reconnecting for %s before Autoposter can publish.", FixAction.RECONNECT_ACCOUNT),
  NETWORK_UNAVAILABLE("Publishing to %s is not available yet%s.", FixAction.NONE),
  OUTCOME_UNKNOWN(
      "%s did not say whether the post for %s went out, and Autoposter could not find it there.",
      FixAction.CHECK_AND_CONFIRM),
  HELD_LATE(
      "%s: the post for %s is held because Autoposter found it after its grace window.",
      FixAction.CONFIRM_PUBLISHING),
  RETRIES_EXHAUSTED(
      "%s kept refusing the post for %s for a while; Autoposter stopped trying.", FixAction.RETRY),
  UNEXPECTED("%s refused the post for %s.", FixAction.RETRY);

  private final String template;
  private final FixAction fix;

  PlatformError(String template, FixAction fix) {
    this.template = template;
    this.fix = fix;
  }

  FixAction fix() {
    return fix;
  }

  /** The message for one target, e.g. "X says Autoposter's access to @shop has expired…". */
  String message(Network network, String accountName) {
    String text =
        switch (this) {
          case ACCOUNT_NOT_CONNECTED, NETWORK_UNAVAILABLE ->
              template.formatted(network.displayName(), "");
          default -> template.formatted(network.displayName(), accountName);
        };
    return fix.words().isEmpty() ? text : text + " " + fix.words();
  }

  /** True when Autoposter retries by itself: the platform proved it did not publish. */
  boolean retriesByItself() {
    return fix == FixAction.WAIT;
  }
}
