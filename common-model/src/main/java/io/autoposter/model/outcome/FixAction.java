package io.autoposter.model.outcome;

/**
 * What a person can do about a publishing problem, in the words that end its message (the error
 * catalogue, docs/publishing.md). The server writes them; the desktop recognises them in a post's
 * outcome and offers the action as a button.
 */
public enum FixAction {
  RECONNECT_ACCOUNT("Reconnect the account in Accounts."),
  CONNECT_ACCOUNT(""),
  REPLACE_MEDIA("Replace the picture or video, then retry."),
  CROP_MEDIA("Crop the picture to a shape the network accepts, then retry."),
  EDIT_POST("Edit the post, then retry."),
  WAIT(""),
  CHECK_AND_CONFIRM("Check the account on the network, then confirm or retry."),
  CONFIRM_PUBLISHING("Publish now or reschedule."),
  RETRY("Retry, or edit the post."),
  NONE("");

  private final String words;

  FixAction(String words) {
    this.words = words;
  }

  /** The sentence that ends the message; empty when the action has no words of its own. */
  public String words() {
    return words;
  }
}
