package io.autoposter.server.posts;

import io.autoposter.server.access.Access;
import io.autoposter.server.audit.AuditLog;
import io.autoposter.server.brands.Brands;
import io.autoposter.server.media.MediaDescriptions;
import io.autoposter.server.media.MediaUploads;
import io.autoposter.server.sandbox.SocialAccounts;
import io.autoposter.server.store.Database;
import io.autoposter.server.sync.SyncService;
import java.time.Clock;

/** The public posts and queue API, put together: reads, and writes through the sync path. */
public final class PostsApi {
  private final PostsEndpoint posts;
  private final QueueEndpoint queue;

  public PostsApi(
      Database database,
      Clock clock,
      SyncService sync,
      Brands brands,
      SocialAccounts accounts,
      MediaUploads media,
      AuditLog audit,
      Access access) {
    PostQueries queries = new PostQueries(database, brands);
    PostCommands commands =
        new PostCommands(
            sync, queries, brands, accounts, new MediaDescriptions(media), audit, clock);
    this.posts = new PostsEndpoint(queries, commands, access);
    this.queue = new QueueEndpoint(new PostQueue(queries, commands, brands, clock), access);
  }

  /** {@code /api/v1/posts}. */
  public PostsEndpoint endpoint() {
    return posts;
  }

  /** {@code /api/v1/queue}. */
  public QueueEndpoint queueEndpoint() {
    return queue;
  }
}
