package io.autoposter.server.twofactor;

import io.autoposter.model.api.OneTimeCodeRequest;
import io.autoposter.server.access.Access;
import io.autoposter.server.access.Caller;
import io.autoposter.server.access.Permission;
import io.autoposter.server.api.JsonBody;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * {@code /api/v1/auth/totp}: enrol, confirm, switch off. Open to sessions that still must enrol.
 */
public final class TwoFactorEndpoint implements HttpService {
  private final TwoFactor twoFactor;
  private final Access access;

  public TwoFactorEndpoint(TwoFactor twoFactor, Access access) {
    this.twoFactor = twoFactor;
    this.access = access;
  }

  @Override
  public void routing(HttpRules rules) {
    rules
        .post("/enrollment", this::enroll)
        .post("/enrollment/confirm", this::confirm)
        .post("/disable", this::disable);
  }

  private void enroll(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.SESSION);
    JsonBody.created(response, twoFactor.enroll(caller));
  }

  private void confirm(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.SESSION);
    OneTimeCodeRequest body = JsonBody.read(request, OneTimeCodeRequest.class);
    twoFactor.confirm(caller, body.code(), access.origin(request));
    response.status(Status.NO_CONTENT_204).send();
  }

  private void disable(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.SESSION);
    OneTimeCodeRequest body = JsonBody.read(request, OneTimeCodeRequest.class);
    twoFactor.disable(caller, body.code(), access.origin(request));
    response.status(Status.NO_CONTENT_204).send();
  }
}
