package io.autoposter.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.autoposter.model.api.UpdateBrandRequest;
import io.autoposter.model.json.Json;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BrandTest {

  private static final ObjectMapper STRICT = Json.strict();
  private static final PostingSlot MON_9 = new PostingSlot(DayOfWeek.MONDAY, LocalTime.of(9, 0));
  private static final PostingSlot WED_1230 =
      new PostingSlot(DayOfWeek.WEDNESDAY, LocalTime.of(12, 30));

  private static Brand brand(List<PostingSlot> slots, List<HashtagGroup> groups) {
    return new Brand(
        BrandId.random(), "Trattoria Roma", ZoneId.of("Europe/Rome"), null, null, slots, groups);
  }

  @Test
  void postingSlotsAreSortedAndDeduplicated() {
    Brand brand = brand(List.of(WED_1230, MON_9, WED_1230), List.of());
    assertThat(brand.postingSlots()).containsExactly(MON_9, WED_1230);
  }

  @Test
  void moreThanFiftyPostingSlotsAreRefused() {
    List<PostingSlot> many = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      IntStream.range(0, 8).forEach(h -> many.add(new PostingSlot(day, LocalTime.of(h, 0))));
    }
    assertThatThrownBy(() -> brand(many, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 50 posting slots");
  }

  @Test
  void postingSlotWithSecondsIsRefused() {
    assertThatThrownBy(() -> new PostingSlot(DayOfWeek.FRIDAY, LocalTime.of(9, 0, 30)))
        .hasMessageContaining("whole minutes");
  }

  @Test
  void hashtagsGetTheirHashAndAppearOnceIgnoringCase() {
    var group = new HashtagGroup("  Dinner ", List.of("pasta", "#Roma", "#roma", " #cena "));
    assertThat(group.name()).isEqualTo("Dinner");
    assertThat(group.tags()).containsExactly("#pasta", "#Roma", "#cena");
  }

  @Test
  void hashtagWithSpaceOrPunctuationIsRefused() {
    assertThatThrownBy(() -> new HashtagGroup("Dinner", List.of("#good-food")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'#good-food' in hashtag group 'Dinner' is not a hashtag");
  }

  @Test
  void hashtagsInOtherScriptsAreAccepted() {
    assertThat(new HashtagGroup("Tokyo", List.of("#東京", "#café_2026")).tags())
        .containsExactly("#東京", "#café_2026");
  }

  @Test
  void groupNameLongerThanSixtyIsRefused() {
    assertThatThrownBy(() -> new HashtagGroup("x".repeat(61), List.of()))
        .hasMessageContaining("1 to 60 characters");
  }

  @Test
  void moreThanThirtyTagsInAGroupAreRefused() {
    List<String> tags = IntStream.range(0, 31).mapToObj(i -> "#tag" + i).toList();
    assertThatThrownBy(() -> new HashtagGroup("Many", tags)).hasMessageContaining("31 hashtags");
  }

  @Test
  void twoGroupsWithTheSameNameAreRefused() {
    var first = new HashtagGroup("Dinner", List.of("#pasta"));
    var second = new HashtagGroup("dinner", List.of("#pizza"));
    assertThatThrownBy(() -> brand(List.of(), List.of(first, second)))
        .hasMessageContaining("Two hashtag groups are called 'dinner'");
  }

  @Test
  void moreThanThirtyGroupsAreRefused() {
    List<HashtagGroup> groups =
        IntStream.range(0, 31).mapToObj(i -> new HashtagGroup("G" + i, List.of())).toList();
    assertThatThrownBy(() -> brand(List.of(), groups))
        .hasMessageContaining("at most 30 hashtag groups");
  }

  @Test
  void parseSplitsOnSpacesAndCommas() {
    assertThat(HashtagGroup.parse(" #pasta, roma;#cena  dinner "))
        .containsExactly("#pasta", "#roma", "#cena", "#dinner");
  }

  @Test
  void emptySlotsAndGroupsAreLeftOutOfTheJson() throws Exception {
    String json = STRICT.writeValueAsString(brand(null, null));
    assertThat(json).doesNotContain("postingSlots").doesNotContain("hashtagGroups");
  }

  @Test
  void brandWithoutTheNewFieldsStillReads() throws Exception {
    String old =
        "{\"id\":\"0b8e5d1e-9a3c-4c25-b1f0-6c2d7e4a9f31\",\"name\":\"Roma\","
            + "\"zone\":\"Europe/Rome\",\"color\":\"#B91C1C\"}";
    Brand read = STRICT.readValue(old, Brand.class);
    assertThat(read.postingSlots()).isEmpty();
    assertThat(read.hashtagGroups()).isEmpty();
  }

  @Test
  void slotsAndGroupsSurviveJson() throws Exception {
    Brand brand =
        brand(List.of(MON_9), List.of(new HashtagGroup("Dinner", List.of("#pasta", "#roma"))));
    String json = STRICT.writeValueAsString(brand);
    assertThat(json).contains("{\"day\":\"MONDAY\",\"time\":\"09:00\"}");
    assertThat(STRICT.readValue(json, Brand.class)).isEqualTo(brand);
  }

  @Test
  void withLogoKeepsSlotsAndGroups() {
    Brand brand = brand(List.of(MON_9), List.of(new HashtagGroup("Dinner", List.of("#pasta"))));
    Brand changed = brand.withLogo("a".repeat(64));
    assertThat(changed.postingSlots()).isEqualTo(brand.postingSlots());
    assertThat(changed.hashtagGroups()).isEqualTo(brand.hashtagGroups());
  }

  @Test
  void updateRequestWithoutListsLeavesThemNull() throws Exception {
    UpdateBrandRequest request = STRICT.readValue("{\"name\":\"Roma\"}", UpdateBrandRequest.class);
    assertThat(request.postingSlots()).isNull();
    assertThat(request.hashtagGroups()).isNull();
  }
}
