package io.autoposter.system.bench;

import io.autoposter.model.ClientId;
import io.autoposter.model.Post;
import io.autoposter.model.sync.CreatePost;
import io.autoposter.model.sync.HybridTimestamp;
import io.autoposter.model.sync.Mutation;
import io.autoposter.model.sync.PushRequest;
import io.autoposter.model.sync.PushResponse;
import io.autoposter.model.sync.SyncProtocol;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.LongFunction;

/** Pushes generated mutations as consecutive mutation ids of one client. */
final class Pusher {
  private final BenchClient api;
  private final ClientId client;
  private long nextMutationId = 1;

  Pusher(BenchClient api, ClientId client) {
    this.api = api;
    this.client = client;
  }

  /** Creates {@code count} posts in batches of the protocol's maximum. */
  void push(int count, IntFunction<Post> post) {
    for (int from = 0; from < count; from += SyncProtocol.MAX_PUSH_MUTATIONS) {
      int to = Math.min(count, from + SyncProtocol.MAX_PUSH_MUTATIONS);
      int[] next = {from};
      pushBatch(to - from, id -> new CreatePost(id, stamp(), post.apply(next[0]++)));
    }
  }

  /** One push of {@code size} mutations made by {@code mutation} from their ids. */
  PushResponse pushBatch(int size, LongFunction<Mutation> mutation) {
    List<Mutation> batch = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      batch.add(mutation.apply(nextMutationId++));
    }
    return api.post(
        "/api/v1/sync/push",
        new PushRequest(client, SyncProtocol.SCHEMA_VERSION, batch),
        PushResponse.class);
  }

  static HybridTimestamp stamp() {
    return new HybridTimestamp(System.currentTimeMillis(), 0, "bench");
  }
}
