package io.autoposter.model.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.autoposter.model.HashtagGroup;
import io.autoposter.model.PostingSlot;
import java.util.List;

/**
 * Changes a brand ({@code PATCH /api/v1/clients/{id}}); null fields stay as they are. {@code
 * postingSlots} and {@code hashtagGroups} replace the whole list when given (an empty list clears
 * it).
 */
public record UpdateBrandRequest(
    String name,
    String zone,
    String color,
    List<PostingSlot> postingSlots,
    List<HashtagGroup> hashtagGroups) {

  @JsonCreator
  public UpdateBrandRequest {}

  /** Changes name, zone or colour only. */
  public UpdateBrandRequest(String name, String zone, String color) {
    this(name, zone, color, null, null);
  }

  /** Replaces the posting slots and hashtag groups only. */
  public static UpdateBrandRequest schedule(List<PostingSlot> slots, List<HashtagGroup> groups) {
    return new UpdateBrandRequest(null, null, null, slots, groups);
  }
}
