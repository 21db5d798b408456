package io.autoposter.model.sync;

/** Constants both ends of sync agree on. */
public final class SyncProtocol {

  /**
   * 4: alt texts of pictures ({@code Post.altTexts}, {@code PostPatch.altTexts}, text fields {@code
   * altText.<sha256>}). 3: field-level edits (post.create, post.edit), conflict records and
   * conflict.resolve, post first comment, variants, targets, media and tags, head version in pulls.
   * 2: brand.removed tombstones and brand logos. Bumped whenever a mutation or change changes
   * shape; the server refuses other versions.
   */
  public static final int SCHEMA_VERSION = 4;

  /** The most mutations one push may carry. */
  public static final int MAX_PUSH_MUTATIONS = 500;

  /** The most changes one pull page returns. */
  public static final int MAX_PULL_LIMIT = 1_000;

  private SyncProtocol() {}
}
