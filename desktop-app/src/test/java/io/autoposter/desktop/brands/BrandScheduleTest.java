package io.autoposter.desktop.brands;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.sync.ServerClient;
import io.autoposter.desktop.testing.FakeServer;
import io.autoposter.desktop.testing.TestClients;
import io.autoposter.desktop.ui.ServerErrors;
import io.autoposter.desktop.ui.TaskExecutor;
import io.autoposter.model.Brand;
import io.autoposter.model.HashtagGroup;
import io.autoposter.model.PostingSlot;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Posting slots and hashtag groups in the brand form, saved through the fake server. */
class BrandScheduleTest {

  private final FakeServer server = new FakeServer();
  private final ServerClient client = TestClients.signedIn(server);
  private final AtomicInteger syncs = new AtomicInteger();
  private final BrandsViewModel model =
      new BrandsViewModel(
          client.brandAdmin(), true, TaskExecutor.sameThread(), syncs::incrementAndGet);
  private final BrandScheduleEditor schedule = model.schedule();

  @AfterEach
  void close() {
    client.close();
    server.close();
  }

  private void editRoma() {
    server.admin().brands.add(FakeServer.ROMA);
    model.load();
    model.edit(model.brands().getFirst());
  }

  private void addSlot(DayOfWeek day, String time) {
    schedule.newDayProperty().set(day);
    schedule.newTimeProperty().set(time);
    schedule.addSlot();
  }

  @Test
  void slotsAreKeptSortedAndSavedWithTheBrand() {
    editRoma();
    addSlot(DayOfWeek.WEDNESDAY, "12:30");
    addSlot(DayOfWeek.MONDAY, "9:00");

    model.save();

    assertThat(schedule.slots())
        .extracting(BrandScheduleEditor::label)
        .containsExactly("Mon 09:00", "Wed 12:30");
    assertThat(server.admin().brands.getFirst().postingSlots())
        .containsExactly(
            new PostingSlot(DayOfWeek.MONDAY, LocalTime.of(9, 0)),
            new PostingSlot(DayOfWeek.WEDNESDAY, LocalTime.of(12, 30)));
    assertThat(syncs).hasValue(1);
  }

  @Test
  void aSlotTwiceOrABadTimeIsExplainedAndNotAdded() {
    editRoma();
    addSlot(DayOfWeek.FRIDAY, "18:00");
    addSlot(DayOfWeek.FRIDAY, "18:00");
    assertThat(schedule.slotErrorProperty().get())
        .isEqualTo("Fri 18:00 is already a posting slot.");
    addSlot(DayOfWeek.FRIDAY, "6pm");
    assertThat(schedule.slotErrorProperty().get()).startsWith("Type the time as hours and minutes");
    assertThat(schedule.slots()).hasSize(1);
  }

  @Test
  void removingASlotSavesTheRest() {
    server
        .admin()
        .brands
        .add(
            FakeServer.ROMA.withPostingSlots(
                List.of(
                    new PostingSlot(DayOfWeek.MONDAY, LocalTime.of(9, 0)),
                    new PostingSlot(DayOfWeek.TUESDAY, LocalTime.of(9, 0)))));
    model.load();
    model.edit(model.brands().getFirst());

    schedule.removeSlot(schedule.slots().getFirst());
    model.save();

    assertThat(server.admin().brands.getFirst().postingSlots())
        .containsExactly(new PostingSlot(DayOfWeek.TUESDAY, LocalTime.of(9, 0)));
  }

  @Test
  void groupsAreAddedRenamedEditedAndDeleted() {
    editRoma();
    HashtagGroupDraft dinner = schedule.addGroup();
    HashtagGroupDraft second = schedule.addGroup();
    assertThat(second.nameProperty().get()).isEqualTo("New group 2");
    dinner.nameProperty().set("Dinner");
    dinner.tagsProperty().set("pasta, #roma  #cena");
    schedule.removeGroup(second);

    model.save();

    assertThat(server.admin().brands.getFirst().hashtagGroups())
        .containsExactly(new HashtagGroup("Dinner", List.of("#pasta", "#roma", "#cena")));
    assertThat(syncs).hasValue(1);
  }

  @Test
  void anInvalidTagIsExplainedAndNothingTypedIsLost() {
    editRoma();
    HashtagGroupDraft group = schedule.addGroup();
    group.nameProperty().set("Dinner");
    group.tagsProperty().set("#pasta #good-food");

    model.save();

    assertThat(model.remote().errorProperty().get())
        .isEqualTo(
            "'#good-food' in hashtag group 'Dinner' is not a hashtag: use # followed by letters,"
                + " digits or _.");
    assertThat(group.tagsProperty().get()).isEqualTo("#pasta #good-food");
    assertThat(model.formOpenProperty().get()).isTrue();
    assertThat(server.admin().brands.getFirst().hashtagGroups()).isEmpty();
  }

  @Test
  void twoGroupsOfOneNameAreRefusedBeforeTheNetwork() {
    editRoma();
    schedule.addGroup().nameProperty().set("Dinner");
    schedule.addGroup().nameProperty().set(" dinner");

    model.save();

    assertThat(model.remote().errorProperty().get()).startsWith("Two hashtag groups are called");
    assertThat(syncs).hasValue(0);
  }

  @Test
  void aNewBrandGetsItsSlotsRightAfterItIsCreated() {
    model.newBrand();
    model.nameProperty().set("Studio Verde");
    model.zoneProperty().set("Europe/Berlin");
    addSlot(DayOfWeek.THURSDAY, "08:15");

    model.save();

    Brand saved = server.admin().brands.getFirst();
    assertThat(saved.postingSlots())
        .containsExactly(new PostingSlot(DayOfWeek.THURSDAY, LocalTime.of(8, 15)));
  }

  @Test
  void editingAnotherBrandShowsItsOwnSlotsAndGroups() {
    Brand withGroups =
        FakeServer.ROMA.withHashtagGroups(List.of(new HashtagGroup("Pizza", List.of("#pizza"))));
    server.admin().brands.add(withGroups);
    model.load();
    model.edit(model.brands().getFirst());
    assertThat(schedule.groups()).hasSize(1);
    assertThat(schedule.groups().getFirst().tagsProperty().get()).isEqualTo("#pizza");

    model.newBrand();

    assertThat(schedule.groups()).isEmpty();
    assertThat(schedule.slots()).isEmpty();
  }

  @Test
  void aRefusalFromTheServerIsShown() {
    editRoma();
    server.admin().forbidden = true;
    addSlot(DayOfWeek.MONDAY, "09:00");

    model.save();

    assertThat(model.remote().errorProperty().get()).startsWith("You don't have permission");
    assertThat(schedule.slots()).hasSize(1);
  }

  @Test
  void offlineSaveSaysSoAndKeepsTheForm() {
    editRoma();
    addSlot(DayOfWeek.MONDAY, "09:00");
    server.close();

    model.save();

    assertThat(model.remote().errorProperty().get()).isEqualTo(ServerErrors.NEEDS_CONNECTION);
    assertThat(model.formOpenProperty().get()).isTrue();
    assertThat(schedule.slots()).hasSize(1);
  }
}
