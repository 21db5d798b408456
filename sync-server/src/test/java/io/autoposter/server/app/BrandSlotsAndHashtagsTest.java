package io.autoposter.server.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.Brand;
import io.autoposter.model.HashtagGroup;
import io.autoposter.model.PostingSlot;
import io.autoposter.model.Role;
import io.autoposter.model.api.Problem;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.model.api.UpdateBrandRequest;
import io.autoposter.model.sync.BrandChanged;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Posting slots and hashtag groups through {@code PATCH /api/v1/clients/{id}} and the pull. */
class BrandSlotsAndHashtagsTest {
  @TempDir Path dataDir;

  private static final PostingSlot MON_9 = new PostingSlot(DayOfWeek.MONDAY, LocalTime.of(9, 0));
  private static final PostingSlot WED_1230 =
      new PostingSlot(DayOfWeek.WEDNESDAY, LocalTime.of(12, 30));
  private static final HashtagGroup DINNER = new HashtagGroup("Dinner", List.of("#pasta", "#roma"));

  @Test
  void slotsAndGroupsAreStoredSortedAndPulledWithTheBrand() {
    try (TestServer server = TestServer.start(dataDir)) {
      SessionResponse owner = server.register("Slots Agency");
      Brand brand = server.createBrand(owner.token(), "Trattoria Roma");
      String path = "/api/v1/clients/" + brand.id();

      Reply patched =
          server.patch(
              path,
              owner.token(),
              UpdateBrandRequest.schedule(List.of(WED_1230, MON_9, WED_1230), List.of(DINNER)));

      assertThat(patched.status()).as(patched.body()).isEqualTo(200);
      Brand stored = server.get(path, owner.token()).as(Brand.class);
      assertThat(stored.postingSlots()).containsExactly(MON_9, WED_1230);
      assertThat(stored.hashtagGroups()).containsExactly(DINNER);
      assertThat(stored.name()).isEqualTo("Trattoria Roma");
      BrandChanged last =
          new SyncClient(server, owner.token())
              .pullAll().stream()
                  .filter(BrandChanged.class::isInstance)
                  .map(BrandChanged.class::cast)
                  .reduce((a, b) -> b)
                  .orElseThrow();
      assertThat(last.brand()).isEqualTo(stored);
    }
  }

  @Test
  void otherEditsKeepSlotsAndGroups() {
    try (TestServer server = TestServer.start(dataDir)) {
      SessionResponse owner = server.register("Keep Agency");
      Brand brand = server.createBrand(owner.token(), "Keep");
      String path = "/api/v1/clients/" + brand.id();
      server.patch(
          path, owner.token(), UpdateBrandRequest.schedule(List.of(MON_9), List.of(DINNER)));

      server.patch(path, owner.token(), new UpdateBrandRequest("Renamed", null, "#123456"));
      byte[] jpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 1, 2, 3};
      Brand withLogo =
          server.put(path + "/logo", owner.token(), "image/jpeg", jpeg).as(Brand.class);

      assertThat(withLogo.name()).isEqualTo("Renamed");
      assertThat(withLogo.postingSlots()).containsExactly(MON_9);
      assertThat(withLogo.hashtagGroups()).containsExactly(DINNER);
    }
  }

  @Test
  void emptyListsClearSlotsAndGroups() {
    try (TestServer server = TestServer.start(dataDir)) {
      SessionResponse owner = server.register("Clear Agency");
      Brand brand = server.createBrand(owner.token(), "Clear");
      String path = "/api/v1/clients/" + brand.id();
      server.patch(
          path, owner.token(), UpdateBrandRequest.schedule(List.of(MON_9), List.of(DINNER)));

      Reply cleared =
          server.patch(path, owner.token(), UpdateBrandRequest.schedule(List.of(), List.of()));

      assertThat(cleared.as(Brand.class).postingSlots()).isEmpty();
      assertThat(cleared.body()).doesNotContain("postingSlots").doesNotContain("hashtagGroups");
    }
  }

  @Test
  void invalidHashtagIsRefusedWithProblemJson() {
    try (TestServer server = TestServer.start(dataDir)) {
      SessionResponse owner = server.register("Invalid Agency");
      Brand brand = server.createBrand(owner.token(), "Invalid");

      Reply refused =
          patchRaw(
              server,
              owner,
              brand,
              "{\"hashtagGroups\":[{\"name\":\"Dinner\",\"tags\":[\"#good food\"]}]}");

      assertProblem(refused, "'#good food' in hashtag group 'Dinner' is not a hashtag");
      assertThat(server.get("/api/v1/clients/" + brand.id(), owner.token()).body())
          .doesNotContain("hashtagGroups");
    }
  }

  @Test
  void tooManySlotsAndDuplicateGroupNamesAreRefused() {
    try (TestServer server = TestServer.start(dataDir)) {
      SessionResponse owner = server.register("Limits Agency");
      Brand brand = server.createBrand(owner.token(), "Limits");
      StringBuilder slots = new StringBuilder("{\"postingSlots\":[");
      for (int i = 0; i < 51; i++) {
        DayOfWeek day = DayOfWeek.of(i % 7 + 1);
        slots.append(i == 0 ? "" : ",");
        slots.append("{\"day\":\"%s\",\"time\":\"%02d:00\"}".formatted(day, i / 7 + 6));
      }
      slots.append("]}");

      assertProblem(patchRaw(server, owner, brand, slots.toString()), "at most 50 posting slots");
      assertProblem(
          patchRaw(
              server,
              owner,
              brand,
              "{\"hashtagGroups\":[{\"name\":\"Dinner\"},{\"name\":\" dinner \"}]}"),
          "Two hashtag groups are called 'dinner'");
    }
  }

  @Test
  void slotWithUnknownDayOrBadTimeIsRefused() {
    try (TestServer server = TestServer.start(dataDir)) {
      SessionResponse owner = server.register("Day Agency");
      Brand brand = server.createBrand(owner.token(), "Day");

      Reply badDay =
          patchRaw(
              server, owner, brand, "{\"postingSlots\":[{\"day\":\"FUNDAY\",\"time\":\"09:00\"}]}");
      Reply badTime =
          patchRaw(
              server, owner, brand, "{\"postingSlots\":[{\"day\":\"MONDAY\",\"time\":\"25:00\"}]}");
      Reply noTime = patchRaw(server, owner, brand, "{\"postingSlots\":[{\"day\":\"MONDAY\"}]}");

      assertThat(badDay.status()).isEqualTo(400);
      assertThat(badDay.contentType()).startsWith(Problem.MEDIA_TYPE);
      assertThat(badTime.status()).isEqualTo(400);
      assertProblem(noTime, "A posting slot needs a time.");
    }
  }

  @Test
  void editorsMayNotChangeSlotsAndOtherAgenciesDoNotSeeTheBrand() {
    try (TestServer server = TestServer.start(dataDir)) {
      SessionResponse owner = server.register("Own Agency");
      Brand brand = server.createBrand(owner.token(), "Own");
      SessionResponse editor = server.member(owner.token(), Role.EDITOR, true, Set.of());
      SessionResponse stranger = server.register("Other Agency");
      String path = "/api/v1/clients/" + brand.id();
      var request = UpdateBrandRequest.schedule(List.of(MON_9), List.of());

      assertThat(server.patch(path, editor.token(), request).status()).isEqualTo(403);
      assertThat(server.patch(path, stranger.token(), request).status()).isEqualTo(404);
      assertThat(server.get(path, owner.token()).as(Brand.class).postingSlots()).isEmpty();
    }
  }

  private static Reply patchRaw(
      TestServer server, SessionResponse owner, Brand brand, String json) {
    return server.send(
        "PATCH",
        "/api/v1/clients/" + brand.id(),
        owner.token(),
        "application/json",
        json.getBytes(UTF_8));
  }

  private static void assertProblem(Reply reply, String detail) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith(Problem.MEDIA_TYPE);
    assertThat(reply.problem().code()).isEqualTo("VALIDATION_FAILED");
    assertThat(reply.problem().detail()).contains(detail);
  }
}
