package io.autoposter.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PostTest {

  private static Post post(String caption, Set<Network> networks, Instant due, PostStatus status) {
    return new Post(
        PostId.random(), BrandId.random(), caption, networks, due, ZoneId.of("UTC"), status, null);
  }

  @Test
  void scheduledPostWithoutDueTimeIsRefused() {
    assertThatThrownBy(() -> post("hi", Set.of(Network.X), null, PostStatus.SCHEDULED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("due time");
  }

  @Test
  void scheduledPostWithoutNetworkIsRefused() {
    assertThatThrownBy(() -> post("hi", Set.of(), Instant.EPOCH, PostStatus.SCHEDULED))
        .hasMessageContaining("network");
  }

  @Test
  void draftMayHaveNoDueTimeAndMissingOutcomeBecomesEmpty() {
    Post draft = post("idea", Set.of(), null, PostStatus.DRAFT);
    assertThat(draft.dueInBrandZone()).isNull();
    assertThat(draft.outcome()).isEmpty();
  }

  @Test
  void dueTimeIsShownInTheBrandZone() {
    Post post =
        new Post(
            PostId.random(),
            BrandId.random(),
            "x",
            Set.of(Network.SANDBOX),
            Instant.parse("2026-07-01T07:00:00Z"),
            ZoneId.of("Europe/Berlin"),
            PostStatus.SCHEDULED,
            "");
    assertThat(post.dueInBrandZone().getHour()).isEqualTo(9);
  }

  @Test
  void brandRejectsBadColour() {
    assertThatThrownBy(() -> new Brand(BrandId.random(), "Cafe", ZoneId.of("UTC"), "red"))
        .hasMessageContaining("#RRGGBB");
  }
}
