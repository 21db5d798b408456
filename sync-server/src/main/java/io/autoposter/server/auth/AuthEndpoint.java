package io.autoposter.server.auth;

import io.autoposter.model.api.SignInRequest;
import io.autoposter.server.api.JsonBody;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code /api/v1/auth}: sign-in and sign-out. */
public final class AuthEndpoint implements HttpService {
  private final Sessions sessions;
  private final Authenticator authenticator;

  public AuthEndpoint(Sessions sessions, Authenticator authenticator) {
    this.sessions = sessions;
    this.authenticator = authenticator;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.post("/sign-in", this::signIn).post("/sign-out", this::signOut);
  }

  private void signIn(ServerRequest request, ServerResponse response) {
    SignInRequest body = JsonBody.read(request, SignInRequest.class);
    JsonBody.ok(response, sessions.signIn(body, Authenticator.remoteAddress(request)));
  }

  private void signOut(ServerRequest request, ServerResponse response) {
    sessions.signOut(authenticator.require(request));
    response.status(Status.NO_CONTENT_204).send();
  }
}
