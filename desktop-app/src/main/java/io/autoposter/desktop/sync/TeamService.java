package io.autoposter.desktop.sync;

import io.autoposter.model.UserId;
import io.autoposter.model.api.CreateInvitationRequest;
import io.autoposter.model.api.Invitation;
import io.autoposter.model.api.Member;
import io.autoposter.model.api.UpdateMemberRequest;
import java.util.List;

/**
 * The agency's members and invitations (owners and admins). Blocking; throws {@link ApiException}
 * (codes such as {@code LAST_OWNER}, {@code ALREADY_MEMBER}, or status 403) or {@link
 * ServerUnreachableException}.
 */
public final class TeamService {

  private final ServerClient client;
  private final TeamApi api;

  TeamService(ServerClient client, TeamApi api) {
    this.client = client;
    this.api = api;
  }

  public List<Member> members() throws ServerCallException {
    return client.call(api.members());
  }

  public Member updateMember(UserId userId, UpdateMemberRequest change) throws ServerCallException {
    return client.call(api.updateMember(userId.toString(), change));
  }

  public void removeMember(UserId userId) throws ServerCallException {
    client.callVoid(api.removeMember(userId.toString()));
  }

  public List<Invitation> invitations() throws ServerCallException {
    return client.call(api.invitations());
  }

  public Invitation invite(CreateInvitationRequest invitation) throws ServerCallException {
    return client.call(api.invite(invitation));
  }

  /** Sends a fresh link valid 7 more days; the old link stops working. */
  public Invitation resendInvitation(String invitationId) throws ServerCallException {
    return client.call(api.resend(invitationId));
  }

  public void revokeInvitation(String invitationId) throws ServerCallException {
    client.callVoid(api.revoke(invitationId));
  }
}
