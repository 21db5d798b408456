package io.autoposter.desktop.storage;

import io.autoposter.model.sync.CreatePost;
import io.autoposter.model.sync.DeletePost;
import io.autoposter.model.sync.EditPost;
import io.autoposter.model.sync.Mutation;
import io.autoposter.model.sync.MutationResult;
import io.autoposter.model.sync.PostPatch;
import io.autoposter.model.sync.ResolveConflict;
import io.autoposter.model.sync.TextField;
import java.util.Set;

/**
 * The sync error shown on a post whose mutation the server refused. It carries the refused text,
 * because the working copy goes back to the server's and nothing typed may be lost.
 */
final class Refusal {

  private Refusal() {}

  static String describe(Mutation mutation, MutationResult result) {
    String reason = result.message().isBlank() ? result.reasonCode() : result.message().strip();
    reason = reason.endsWith(".") ? reason : reason + ".";
    return switch (mutation) {
      case CreatePost create ->
          "The server refused this new post: " + reason + yourText(create.post().caption());
      case EditPost edit -> "The server refused this edit: " + reason + yourTexts(edit.patch());
      case DeletePost delete -> "The server refused to delete this post: " + reason;
      case ResolveConflict resolve ->
          "The server refused your decision on a conflict: "
              + reason
              + (resolve.deletePost() ? "" : yourText(resolve.text()));
    };
  }

  private static String yourTexts(PostPatch patch) {
    Set<String> fields = patch.textFields();
    if (fields.size() == 1) {
      String field = fields.iterator().next();
      return yourText(text(patch, field));
    }
    StringBuilder texts = new StringBuilder();
    for (String field : fields) {
      texts.append(" Your ").append(TextField.label(field)).append(": ").append(text(patch, field));
    }
    return texts.toString();
  }

  private static String text(PostPatch patch, String field) {
    return switch (field) {
      case TextField.CAPTION -> patch.caption();
      case TextField.FIRST_COMMENT -> patch.firstComment();
      default ->
          TextField.mediaOf(field).isPresent()
              ? patch.altTexts().get(TextField.mediaOf(field).get())
              : patch.variants().get(TextField.networkOf(field).orElseThrow());
    };
  }

  private static String yourText(String text) {
    return text == null || text.isEmpty() ? "" : " Your text: " + text;
  }
}
