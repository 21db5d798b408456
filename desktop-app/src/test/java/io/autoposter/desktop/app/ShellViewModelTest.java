package io.autoposter.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.Role;
import org.junit.jupiter.api.Test;

class ShellViewModelTest {

  @Test
  void ownersAndAdminsSeeTeamAndAudit() {
    assertThat(new ShellViewModel(Role.ADMIN).sections())
        .containsExactly(
            Section.POSTS,
            Section.CALENDAR,
            Section.QUEUE,
            Section.DRAFTS,
            Section.HISTORY,
            Section.SEARCH,
            Section.BRANDS,
            Section.ACCOUNTS,
            Section.TEAM,
            Section.AUDIT,
            Section.ACCOUNT,
            Section.SETTINGS);
  }

  @Test
  void editorsDoNotSeeTeamOrAuditAndCannotOpenThem() {
    ShellViewModel model = new ShellViewModel(Role.EDITOR);
    assertThat(model.sections())
        .containsExactly(
            Section.POSTS,
            Section.CALENDAR,
            Section.QUEUE,
            Section.DRAFTS,
            Section.HISTORY,
            Section.SEARCH,
            Section.BRANDS,
            Section.ACCOUNTS,
            Section.ACCOUNT,
            Section.SETTINGS);
    model.open(Section.TEAM);
    assertThat(model.selectedProperty().get()).isEqualTo(Section.POSTS);
  }
}
