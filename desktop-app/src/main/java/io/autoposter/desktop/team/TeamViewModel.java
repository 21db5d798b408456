package io.autoposter.desktop.team;

import io.autoposter.desktop.sync.TeamService;
import io.autoposter.desktop.ui.RemoteState;
import io.autoposter.desktop.ui.TaskExecutor;
import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.model.Role;
import io.autoposter.model.api.CreateInvitationRequest;
import io.autoposter.model.api.Invitation;
import io.autoposter.model.api.Member;
import io.autoposter.model.api.UpdateMemberRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State and commands of the Team screen (owners and admins). */
public final class TeamViewModel {

  // ---- Properties ----
  private final ObservableList<Member> members = FXCollections.observableArrayList();
  private final ObservableList<Invitation> invitations = FXCollections.observableArrayList();
  private final RemoteState remote;

  private final TeamService team;
  private final List<Brand> brands;
  private final Map<BrandId, String> brandNames;
  private final Role myRole;

  public TeamViewModel(TeamService team, List<Brand> brands, Role myRole, TaskExecutor tasks) {
    this.team = Objects.requireNonNull(team, "team");
    this.brands = List.copyOf(brands);
    this.brandNames =
        this.brands.stream().collect(Collectors.toMap(Brand::id, Brand::name, (a, b) -> a));
    this.myRole = Objects.requireNonNull(myRole, "myRole");
    this.remote = new RemoteState(tasks);
  }

  public ObservableList<Member> members() {
    return members;
  }

  public ObservableList<Invitation> invitations() {
    return invitations;
  }

  public RemoteState remote() {
    return remote;
  }

  public List<Brand> brands() {
    return brands;
  }

  /** Roles this user may hand out: only an owner grants owner or admin. */
  public List<Role> assignableRoles() {
    return myRole == Role.OWNER
        ? List.of(Role.values())
        : List.of(Role.EDITOR, Role.APPROVER, Role.VIEWER);
  }

  /** "All brands", "No brands" or the brand names. */
  public String brandSummary(boolean allBrands, java.util.Set<BrandId> ids) {
    if (allBrands) {
      return "All brands";
    }
    if (ids.isEmpty()) {
      return "No brands";
    }
    return ids.stream()
        .map(id -> brandNames.getOrDefault(id, "Unknown brand"))
        .sorted(String.CASE_INSENSITIVE_ORDER)
        .collect(Collectors.joining(", "));
  }

  // ---- Commands ----

  private record Snapshot(List<Member> members, List<Invitation> invitations) {}

  public void load() {
    remote.load(
        () -> new Snapshot(team.members(), team.invitations()),
        s -> {
          members.setAll(
              s.members().stream()
                  .sorted(
                      Comparator.comparing(Member::role)
                          .thenComparing(Member::email, String.CASE_INSENSITIVE_ORDER))
                  .toList());
          invitations.setAll(
              s.invitations().stream()
                  .filter(i -> i.status() == Invitation.Status.PENDING)
                  .toList());
        });
  }

  /** A blank invite form. */
  public AccessForm newInvite() {
    return new AccessForm();
  }

  /** A form holding {@code member}'s current access. */
  public AccessForm accessOf(Member member) {
    AccessForm form = new AccessForm();
    form.emailProperty().set(member.email());
    form.roleProperty().set(member.role());
    form.allBrandsProperty().set(member.allBrands());
    form.brandIds().addAll(member.brandIds());
    return form;
  }

  public void invite(AccessForm form, Runnable onDone) {
    if (!form.isValidInvite()) {
      remote.showError("Enter the e-mail address of the person to invite.");
      return;
    }
    CreateInvitationRequest request =
        new CreateInvitationRequest(
            form.emailProperty().get().strip(),
            form.roleProperty().get(),
            form.effectiveAllBrands(),
            form.effectiveBrandIds());
    remote.call(
        () -> team.invite(request),
        invitation -> {
          invitations.removeIf(i -> i.id().equals(invitation.id()));
          invitations.add(0, invitation);
          remote.showNotice("Invitation sent to " + invitation.email() + ".");
          onDone.run();
        });
  }

  public void changeAccess(Member member, AccessForm form, Runnable onDone) {
    UpdateMemberRequest change =
        new UpdateMemberRequest(
            form.roleProperty().get(), form.effectiveAllBrands(), form.effectiveBrandIds());
    remote.call(
        () -> team.updateMember(member.id(), change),
        updated -> {
          replace(members, Member::id, updated);
          remote.showNotice("Saved access for " + display(updated) + ".");
          onDone.run();
        });
  }

  public void remove(Member member) {
    remote.call(
        () -> {
          team.removeMember(member.id());
          return member;
        },
        m -> {
          members.remove(m);
          remote.showNotice(display(m) + " was removed from the agency.");
        });
  }

  public void resend(Invitation invitation) {
    remote.call(
        () -> team.resendInvitation(invitation.id()),
        fresh -> {
          replace(invitations, Invitation::id, fresh);
          remote.showNotice("Sent a new link to " + fresh.email() + ".");
        });
  }

  public void revoke(Invitation invitation) {
    remote.call(
        () -> {
          team.revokeInvitation(invitation.id());
          return invitation;
        },
        i -> {
          invitations.remove(i);
          remote.showNotice("Invitation for " + i.email() + " revoked.");
        });
  }

  static String display(Member member) {
    return member.name() == null || member.name().isBlank() ? member.email() : member.name();
  }

  private static <T> void replace(ObservableList<T> list, Function<T, Object> key, T item) {
    for (int i = 0; i < list.size(); i++) {
      if (key.apply(list.get(i)).equals(key.apply(item))) {
        list.set(i, item);
        return;
      }
    }
    list.add(item);
  }
}
