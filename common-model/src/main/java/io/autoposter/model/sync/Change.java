package io.autoposter.model.sync;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** One entry of the server's change log, at a per-agency version. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = PostChanged.class, name = "post"),
  @JsonSubTypes.Type(value = PostRemoved.class, name = "post.removed"),
  @JsonSubTypes.Type(value = BrandChanged.class, name = "brand"),
  @JsonSubTypes.Type(value = BrandRemoved.class, name = "brand.removed"),
  @JsonSubTypes.Type(value = ConflictChanged.class, name = "conflict")
})
public sealed interface Change
    permits PostChanged, PostRemoved, BrandChanged, BrandRemoved, ConflictChanged {
  /** The agency version at which this change was committed; the pull cursor moves past it. */
  long version();
}
