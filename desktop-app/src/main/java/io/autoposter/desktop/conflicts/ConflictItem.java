package io.autoposter.desktop.conflicts;

import io.autoposter.model.ConflictId;
import io.autoposter.model.PostId;
import io.autoposter.model.sync.ConflictKind;

/**
 * One open conflict, in words.
 *
 * @param field the {@link io.autoposter.model.sync.TextField} name, empty for a delete conflict
 * @param brandName the post's brand ("Unknown brand" if it is no longer here)
 * @param brandColor the brand's colour, such as "#C2410C"
 * @param postSnippet the post's caption on one line, shortened
 * @param fieldLabel what was changed twice: "Caption", "First comment", "Instagram caption", or
 *     "Deleted and edited"
 * @param title the heading of the detail: "The caption was changed in two places"
 * @param explanation one or two sentences under the heading
 * @param left the first side shown (this computer's when one side is), see {@link Side}
 * @param right the other side
 * @param keptText the text the post holds now; a merge starts from it
 */
public record ConflictItem(
    ConflictId id,
    PostId postId,
    ConflictKind kind,
    String field,
    String brandName,
    String brandColor,
    String postSnippet,
    String fieldLabel,
    String title,
    String explanation,
    Side left,
    Side right,
    String keptText) {

  /**
   * One side of a conflict.
   *
   * @param who "You, on this computer", "You, on another computer" or the person's name
   * @param when when the server received it, in the user's zone: "Today, 09:12"
   * @param text the text (empty for the deleting side of a delete conflict)
   * @param keepLabel the button that keeps it: "Keep mine", "Keep theirs", "Keep Giulia's"
   * @param mine true when it was made on this computer
   * @param onPost true for the side the post holds now (the server's kept side)
   * @param role for a delete conflict, "Edited" or "Deleted"; for a text conflict, "On the post
   *     now" or "Not applied"
   */
  public record Side(
      String who,
      String when,
      String text,
      String keepLabel,
      boolean mine,
      boolean onPost,
      String role) {}

  public boolean isText() {
    return kind == ConflictKind.TEXT;
  }
}
