package io.autoposter.desktop.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.BrandId;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.outcome.FixAction;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The composer's results, without the toolkit. */
class PublishResultsTest {
  private static final BrandId BRAND = BrandId.random();

  private static Post post(PostStatus status, String outcome) {
    return new Post(
        PostId.random(),
        BRAND,
        "Menu",
        "",
        Map.of(),
        Set.of(Network.X, Network.FACEBOOK),
        Set.of(),
        List.of(),
        Map.of(),
        Set.of(),
        Instant.parse("2026-12-01T11:00:00Z"),
        ZoneId.of("Europe/Rome"),
        status,
        outcome);
  }

  @Test
  void aPublishedLineOpensItsPermalinkAndABrokenSignInOffersReconnect() {
    PublishResults results = new PublishResults();
    List<String> opened = new ArrayList<>();
    List<String> reconnected = new ArrayList<>();
    results.onOpenLink(opened::add);
    results.onReconnect((brand, network) -> reconnected.add(brand + "/" + network));

    results.show(
        post(
            PostStatus.FAILED,
            "Published to X (@roma): https://x.example/i/web/status/5\n"
                + "Facebook did not give Autoposter permission to publish to Roma. "
                + FixAction.RECONNECT_ACCOUNT.words()));

    assertThat(results.lines()).hasSize(2);
    results.open(results.lines().get(0));
    results.reconnect(results.lines().get(0)); // nothing to reconnect on a published line
    results.reconnect(results.lines().get(1));
    assertThat(opened).containsExactly("https://x.example/i/web/status/5");
    assertThat(reconnected).containsExactly(BRAND + "/FACEBOOK");
  }

  @Test
  void draftsAndScheduledPostsShowNoResultsAndANewPostClearsThem() {
    PublishResults results = new PublishResults();
    results.show(post(PostStatus.SCHEDULED, "Facebook (Roma): X is not answering properly."));
    assertThat(results.lines()).isEmpty();
    results.show(post(PostStatus.PUBLISHED, "Published to X (@roma): https://x.example/1"));
    assertThat(results.lines()).hasSize(1);
    results.clear();
    assertThat(results.lines()).isEmpty();
  }
}
