package io.autoposter.model.sync;

import io.autoposter.model.BrandId;
import io.autoposter.model.ConflictId;
import io.autoposter.model.PostId;
import java.util.Objects;

/**
 * A conflict record every device of the brand sees until someone resolves it.
 *
 * <ul>
 *   <li>{@link ConflictKind#TEXT}: {@code field} (a {@link TextField} name) was changed by two
 *       clients concurrently. {@code kept} is the text the post holds; {@code incoming} is the
 *       concurrent edit the server did not apply — kept here so nothing typed is lost.
 *   <li>{@link ConflictKind#DELETE}: {@code field} is empty; {@code kept} is the edit (its caption)
 *       and {@code incoming} the deletion. The post stays until the conflict is resolved.
 * </ul>
 *
 * {@code resolution} is null while the conflict is open; then it records who closed it, when, and
 * the final text ("" when the post was deleted).
 */
public record PostConflict(
    ConflictId id,
    PostId postId,
    BrandId brandId,
    ConflictKind kind,
    String field,
    ConflictSide kept,
    ConflictSide incoming,
    ConflictSide resolution) {

  public PostConflict {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(postId, "postId");
    Objects.requireNonNull(brandId, "brandId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(kept, "kept");
    Objects.requireNonNull(incoming, "incoming");
    field = field == null ? "" : field;
    if (kind == ConflictKind.TEXT && !TextField.isKnown(field)) {
      throw new IllegalArgumentException("unknown text field " + field);
    }
  }

  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isOpen() {
    return resolution == null;
  }
}
