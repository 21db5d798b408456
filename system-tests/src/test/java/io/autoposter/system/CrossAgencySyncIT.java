package io.autoposter.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.BrandId;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.model.sync.PostChanged;
import io.autoposter.model.sync.TextField;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A laptop of agency B can neither write into agency A through sync nor read anything of it. */
class CrossAgencySyncIT {
  @TempDir Path serverDir;
  @TempDir Path laptops;

  @Test
  void aClientOfOneAgencyNeitherPushesIntoNorPullsFromAnother() {
    try (RunningServer server = RunningServer.startWithDemoAgency(serverDir)) {
      ServerApi apiA = new ServerApi(server.url());
      SessionResponse ownerA = apiA.registerAgency("Agency A");
      BrandId brandA = apiA.createBrand("A's brand").id();
      ServerApi apiB = new ServerApi(server.url());
      SessionResponse ownerB = apiB.registerAgency("Agency B");
      apiB.createBrand("B's brand");

      try (Replica laptopA =
              new Replica(
                  "a", laptops.resolve("a"), ownerA.agencyId(), ownerA.token(), server.url());
          Replica laptopB =
              new Replica(
                  "b", laptops.resolve("b"), ownerB.agencyId(), ownerB.token(), server.url())) {
        Post secret =
            new Post(
                PostId.random(),
                brandA,
                "A's launch plan — confidential",
                Set.of(Network.SANDBOX),
                null,
                ZoneId.of("Europe/Rome"),
                PostStatus.DRAFT,
                "");
        laptopA.store().recordEdit(secret);
        assertThat(laptopA.sync()).isTrue();

        // B learns A's ids somehow and tries to write with them: into A's brand, onto A's post.
        laptopB
            .store()
            .recordEdit(
                new Post(
                    PostId.random(),
                    brandA,
                    "planted by B",
                    Set.of(Network.SANDBOX),
                    null,
                    ZoneId.of("Europe/Rome"),
                    PostStatus.DRAFT,
                    ""));
        laptopB
            .store()
            .recordEdit(TextField.patch(TextField.CAPTION, "defaced by B").applyTo(secret));
        assertThat(laptopB.sync()).isTrue();
        laptopB.store().recordDelete(secret.id());
        assertThat(laptopB.sync()).isTrue();

        assertThat(laptopB.store().pendingCount()).as("B's refused edits left the outbox").isZero();
        assertThat(laptopB.store().brands()).extracting(b -> b.name()).containsExactly("B's brand");
        assertThat(apiB.fullHistory())
            .as("B's pulls contain nothing of A")
            .noneMatch(c -> c.toString().contains(brandA.toString()))
            .noneMatch(c -> c.toString().contains(secret.id().toString()));

        assertThat(laptopA.sync()).isTrue();
        assertThat(apiA.fullHistory())
            .filteredOn(PostChanged.class::isInstance)
            .extracting(c -> ((PostChanged) c).post().caption())
            .containsExactly("A's launch plan — confidential");
        assertThat(laptopA.store().post(secret.id()))
            .get()
            .satisfies(local -> assertThat(local.post().caption()).isEqualTo(secret.caption()));
      }
    }
  }
}
