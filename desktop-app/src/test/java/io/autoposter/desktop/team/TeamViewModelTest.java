package io.autoposter.desktop.team;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.sync.ServerClient;
import io.autoposter.desktop.testing.FakeServer;
import io.autoposter.desktop.testing.TestClients;
import io.autoposter.desktop.ui.TaskExecutor;
import io.autoposter.model.Role;
import io.autoposter.model.api.Invitation;
import io.autoposter.model.api.Member;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TeamViewModelTest {

  private final FakeServer server = new FakeServer();
  private final ServerClient client = TestClients.signedIn(server);

  @AfterEach
  void close() {
    client.close();
    server.close();
  }

  private TeamViewModel model(Role role) {
    TeamViewModel model =
        new TeamViewModel(client.team(), List.of(FakeServer.ROMA), role, TaskExecutor.sameThread());
    model.load();
    return model;
  }

  @Test
  void invitingAddsAPendingInvitationLimitedToChosenBrands() {
    TeamViewModel model = model(Role.OWNER);
    AccessForm form = model.newInvite();
    form.emailProperty().set("lea@bellavista.agency");
    form.allBrandsProperty().set(false);
    form.brandIds().add(FakeServer.ROMA.id());
    model.invite(form, () -> {});

    Invitation sent = server.admin().invitations.getFirst();
    assertThat(sent.brandIds()).containsExactly(FakeServer.ROMA.id());
    assertThat(sent.allBrands()).isFalse();
    assertThat(model.invitations()).extracting(Invitation::email).contains("lea@bellavista.agency");
    assertThat(model.remote().noticeProperty().get())
        .isEqualTo("Invitation sent to lea@bellavista.agency.");
  }

  @Test
  void invitingAnExistingMemberSaysSo() {
    TeamViewModel model = model(Role.OWNER);
    AccessForm form = model.newInvite();
    form.emailProperty().set("ana@bellavista.agency");
    model.invite(form, () -> {});
    assertThat(model.remote().errorProperty().get())
        .isEqualTo("That person is already a member of this agency.");
  }

  @Test
  void theLastOwnerCannotBeDemotedOrRemoved() {
    server.admin().lastOwner = true;
    TeamViewModel model = model(Role.OWNER);
    Member ana = model.members().getFirst();
    AccessForm form = model.accessOf(ana);
    form.roleProperty().set(Role.EDITOR);
    model.changeAccess(ana, form, () -> {});
    assertThat(model.remote().errorProperty().get())
        .isEqualTo("An agency needs at least one owner. Make someone else an owner first.");

    model.remove(ana);
    assertThat(model.members()).contains(ana);
  }

  @Test
  void changingRoleAndBrandsUpdatesTheRow() {
    Member leo = server.admin().member("Leo", "leo@b.agency", Role.VIEWER, true, Set.of());
    TeamViewModel model = model(Role.ADMIN);
    AccessForm form = model.accessOf(leo);
    form.roleProperty().set(Role.EDITOR);
    form.allBrandsProperty().set(false);
    form.brandIds().add(FakeServer.ROMA.id());
    model.changeAccess(leo, form, () -> {});

    Member row = model.members().stream().filter(m -> m.id().equals(leo.id())).findFirst().get();
    assertThat(row.role()).isEqualTo(Role.EDITOR);
    assertThat(model.brandSummary(row.allBrands(), row.brandIds())).isEqualTo("Trattoria Roma");
  }

  @Test
  void onlyOwnersHandOutOwnerAndAdmin() {
    assertThat(model(Role.ADMIN).assignableRoles())
        .containsExactly(Role.EDITOR, Role.APPROVER, Role.VIEWER);
    assertThat(model(Role.OWNER).assignableRoles()).contains(Role.OWNER, Role.ADMIN);
  }

  @Test
  void resendAndRevokeAnInvitation() {
    server
        .admin()
        .invitations
        .add(server.admin().invitation("mia@b.agency", Role.EDITOR, true, Set.of()));
    TeamViewModel model = model(Role.OWNER);
    Invitation first = model.invitations().getFirst();
    model.resend(first);
    assertThat(model.invitations().getFirst().expiresAt()).isAfter(first.expiresAt());

    model.revoke(model.invitations().getFirst());
    assertThat(model.invitations()).isEmpty();
    assertThat(server.admin().invitations).isEmpty();
  }

  @Test
  void forbiddenIsExplained() {
    server.admin().forbidden = true;
    TeamViewModel model = model(Role.EDITOR);
    assertThat(model.remote().errorProperty().get())
        .isEqualTo("You don't have permission to do that. Ask an owner or admin of your agency.");
  }

  @Test
  void unreachableServerTurnsTheScreenOffline() {
    try (ServerClient dead = TestClients.unreachable()) {
      TeamViewModel model =
          new TeamViewModel(dead.team(), List.of(), Role.OWNER, TaskExecutor.sameThread());
      model.load();
      assertThat(model.remote().offlineProperty().get()).isTrue();
    }
  }
}
