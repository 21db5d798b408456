package io.autoposter.desktop.sync;

import io.autoposter.model.AgencyId;
import io.autoposter.model.api.Agency;
import io.autoposter.model.api.DeviceSession;
import io.autoposter.model.api.Member;
import io.autoposter.model.api.OneTimeCodeRequest;
import io.autoposter.model.api.TotpEnrollment;
import io.autoposter.model.api.UpdateAgencyRequest;
import java.util.List;
import java.util.Objects;

/**
 * The signed-in user's own account: devices, two-factor and (for owners) the agency's settings.
 * Every method blocks on the network and throws {@link ApiException} when the server refuses,
 * {@link ServerUnreachableException} when it cannot be reached.
 */
public final class AccountService {

  private final ServerClient client;
  private final AuthApi auth;
  private final AccountApi api;
  private final AgencyId agencyId;

  AccountService(ServerClient client, AuthApi auth, AccountApi api, AgencyId agencyId) {
    this.client = client;
    this.auth = auth;
    this.api = api;
    this.agencyId = Objects.requireNonNull(agencyId, "agencyId");
  }

  /** Every signed-in device of the caller; {@link DeviceSession#current()} marks this one. */
  public List<DeviceSession> sessions() throws ServerCallException {
    return client.call(api.sessions());
  }

  public void revokeSession(String sessionId) throws ServerCallException {
    client.callVoid(api.revokeSession(sessionId));
  }

  /** Ends every session of the caller except this one. */
  public void signOutOtherDevices() throws ServerCallException {
    client.callVoid(api.revokeOtherSessions());
  }

  public Member me() throws ServerCallException {
    return client.call(api.me());
  }

  /** Starts (or restarts) two-factor enrolment; it takes effect after {@link #confirmTwoFactor}. */
  public TotpEnrollment startTwoFactorEnrollment() throws ServerCallException {
    return client.call(auth.startTotpEnrollment());
  }

  public void confirmTwoFactor(String code) throws ServerCallException {
    client.callVoid(auth.confirmTotpEnrollment(new OneTimeCodeRequest(code.strip())));
  }

  /** Turns two-factor off; 403 {@code TWO_FACTOR_REQUIRED_BY_AGENCY} if the agency requires it. */
  public void disableTwoFactor(String code) throws ServerCallException {
    client.callVoid(auth.disableTotp(new OneTimeCodeRequest(code.strip())));
  }

  public Agency agency() throws ServerCallException {
    return client.call(api.agency(agencyId.toString()));
  }

  /** Owners only: require two-factor for owners and admins. */
  public Agency requireTwoFactorForAdmins(boolean required) throws ServerCallException {
    return client.call(
        api.updateAgency(agencyId.toString(), new UpdateAgencyRequest(null, required)));
  }
}
