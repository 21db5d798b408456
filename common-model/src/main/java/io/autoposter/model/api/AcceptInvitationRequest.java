package io.autoposter.model.api;

/** Accepts an invitation with the token from its e-mail, choosing a name and a password. */
public record AcceptInvitationRequest(String token, String name, String password) {

  @Override
  public String toString() {
    return "AcceptInvitationRequest[name=%s]".formatted(name);
  }
}
