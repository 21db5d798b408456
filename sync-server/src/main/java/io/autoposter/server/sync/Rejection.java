package io.autoposter.server.sync;

import io.autoposter.model.PostStatus;
import java.util.Locale;

/**
 * Ends one mutation as REJECTED with a reason code the desktop shows. The push transaction is
 * rolled back, so a rejected mutation leaves no trace except the advanced mutation id.
 */
final class Rejection extends RuntimeException {
  private final String code;

  Rejection(String code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  String code() {
    return code;
  }

  static Rejection postNotFound() {
    // Same answer whether the post is missing, hidden or belongs to another agency.
    return new Rejection("POST_NOT_FOUND", "This post does not exist.");
  }

  static Rejection postDeleted() {
    return new Rejection("POST_NOT_FOUND", "This post has been deleted.");
  }

  static Rejection brandNotFound() {
    return new Rejection("BRAND_NOT_FOUND", "This brand does not exist.");
  }

  static Rejection postExists() {
    return new Rejection("POST_EXISTS", "A post with this id already exists.");
  }

  static Rejection readOnly(PostStatus status) {
    return new Rejection(
        "POST_READ_ONLY",
        status == PostStatus.PUBLISHED
            ? "This post has been published and can no longer be changed."
            : "This post is being published right now and cannot be changed.");
  }

  static Rejection statusNotAllowed(PostStatus status) {
    return new Rejection(
        "STATUS_NOT_ALLOWED",
        "Only the server sets a post to " + status.name().toLowerCase(Locale.ROOT) + ".");
  }

  static Rejection conflictNotFound() {
    return new Rejection("CONFLICT_NOT_FOUND", "This conflict does not exist.");
  }

  static Rejection conflictAlreadyResolved() {
    return new Rejection(
        "CONFLICT_ALREADY_RESOLVED", "Someone else has already resolved this conflict.");
  }
}
