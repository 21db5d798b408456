package io.autoposter.server.auth;

import io.autoposter.model.api.PasswordResetConfirmation;
import io.autoposter.model.api.PasswordResetRequest;
import io.autoposter.model.api.SignInRequest;
import io.autoposter.server.access.Access;
import io.autoposter.server.access.Permission;
import io.autoposter.server.api.JsonBody;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code /api/v1/auth}: sign-in, sign-out and password reset. */
public final class AuthEndpoint implements HttpService {
  private final SignIn signIn;
  private final Sessions sessions;
  private final PasswordResets resets;
  private final Access access;

  public AuthEndpoint(SignIn signIn, Sessions sessions, PasswordResets resets, Access access) {
    this.signIn = signIn;
    this.sessions = sessions;
    this.resets = resets;
    this.access = access;
  }

  @Override
  public void routing(HttpRules rules) {
    rules
        .post("/sign-in", this::signIn)
        .post("/sign-out", this::signOut)
        .post("/password-reset", this::requestReset)
        .post("/password-reset/confirm", this::confirmReset);
  }

  private void signIn(ServerRequest request, ServerResponse response) {
    SignInRequest body = JsonBody.read(request, SignInRequest.class);
    JsonBody.ok(response, signIn.signIn(body, access.origin(request)));
  }

  private void signOut(ServerRequest request, ServerResponse response) {
    sessions.signOut(access.require(request, Permission.SESSION), access.origin(request));
    response.status(Status.NO_CONTENT_204).send();
  }

  private void requestReset(ServerRequest request, ServerResponse response) {
    resets.request(JsonBody.read(request, PasswordResetRequest.class), access.origin(request));
    response.status(Status.ACCEPTED_202).send();
  }

  private void confirmReset(ServerRequest request, ServerResponse response) {
    resets.confirm(JsonBody.read(request, PasswordResetConfirmation.class), access.origin(request));
    response.status(Status.NO_CONTENT_204).send();
  }
}
